// Which raised deadline alerts a badge shows (shownAlerts): the ticket keeps every alert it has
// raised (each is raised once), but a person reading the ticket needs the current truth — one
// badge per deadline, and none for a deadline the ticket has left behind.

import { describe, expect, it } from 'vitest';
import { shownAlerts } from '../../src/domain/ticket.js';

describe('shownAlerts', () => {
  it('an overdue replaces its own warning: never 即将到期 and 已超过 for one deadline', () => {
    const t = { status: 'dispatched', alerts: ['accept_warning', 'accept_overdue', 'handle_warning', 'handle_overdue'] };
    expect(shownAlerts(t)).toEqual(['accept_overdue', 'handle_overdue']);
  });

  it('a warning alone stays', () => {
    expect(shownAlerts({ status: 'handling', alerts: ['handle_warning'] })).toEqual(['handle_warning']);
  });

  it('the accept limit is behind a ticket once accepted; handling once replied; the callback once called back', () => {
    expect(shownAlerts({ status: 'handling', alerts: ['accept_warning', 'accept_overdue', 'handle_warning'] })).toEqual(['handle_warning']);
    expect(shownAlerts({ status: 'replied', alerts: ['accept_overdue', 'handle_overdue', 'callback_overdue'] })).toEqual(['callback_overdue']);
    expect(shownAlerts({ status: 'closed', alerts: ['handle_overdue', 'callback_overdue'] })).toEqual([]);
  });

  it('a supervision answer overdue shows while the supervision waits (a list item without it keeps the alert)', () => {
    const raised = ['supervision_overdue'];
    expect(shownAlerts({ status: 'handling', alerts: raised, supervision: { kind: 'notice' } })).toEqual(raised);
    expect(shownAlerts({ status: 'handling', alerts: raised, supervision: null })).toEqual([]);
    expect(shownAlerts({ status: 'handling', alerts: raised })).toEqual(raised);
  });
});
