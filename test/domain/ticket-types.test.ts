// What the citizen is told when 12345 does not take a request (不予受理).

import { describe, expect, it } from 'vitest';
import { refusalMessage } from '../../src/domain/ticket-types.js';

const label = '涉诉事项（已经或依法应当通过诉讼解决）';
const guidance = '请依法向人民法院提起诉讼；已在诉讼中的，请向审理案件的人民法院反映。';
const HEAD = `经审核，您的诉求属于“${label}”，12345 热线不予受理。`;

describe('the refusal message', () => {
  it('says why and where to go instead', () => {
    expect(refusalMessage({ label, guidance })).toBe(HEAD + guidance);
    expect(refusalMessage({ label, guidance, note: null })).toBe(HEAD + guidance);
  });

  it('says the note between, as a sentence of its own', () => {
    expect(refusalMessage({ label, guidance, note: '该纠纷已由区法院立案' })).toBe(`${HEAD}该纠纷已由区法院立案。${guidance}`);
  });

  it('does not double the full stop the note already has', () => {
    expect(refusalMessage({ label, guidance, note: '该纠纷已由区法院立案。' })).toBe(`${HEAD}该纠纷已由区法院立案。${guidance}`);
    expect(refusalMessage({ label, guidance, note: 'Case filed.' })).toBe(`${HEAD}Case filed。${guidance}`);
  });

  it('keeps a full stop inside the note', () => {
    expect(refusalMessage({ label, guidance, note: '已立案。请等待通知' })).toBe(`${HEAD}已立案。请等待通知。${guidance}`);
  });

  it('trims the note, and leaves out one that is only blanks', () => {
    expect(refusalMessage({ label, guidance, note: '  已立案  ' })).toBe(`${HEAD}已立案。${guidance}`);
    expect(refusalMessage({ label, guidance, note: '   ' })).toBe(HEAD + guidance);
    expect(refusalMessage({ label, guidance, note: '' })).toBe(HEAD + guidance);
  });
});
