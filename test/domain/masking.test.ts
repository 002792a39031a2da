// Masking of personal data (DESIGN.md "Conventions": phone numbers, ID numbers and names are
// masked in lists, exports and logs). Expected strings are written from the rules in the
// module's comments: mobile keeps 3 + 4 digits, short numbers keep their last 2, names keep
// the first character, IDs keep 6 + 4.

import { describe, expect, it } from 'vitest';
import { maskDeep, maskName, maskPhone, maskText } from '../../src/domain/masking.js';

describe('maskPhone', () => {
  it('masks the middle four digits of a mobile number', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone(' 13812345678 ')).toBe('138****5678');
  });

  it('short numbers keep only their last two digits', () => {
    expect(maskPhone('12345')).toBe('***45');
    expect(maskPhone('88886666')).toBe('******66');
    // four characters or fewer are masked entirely
    expect(maskPhone('1234')).toBe('****');
    expect(maskPhone('110')).toBe('***');
  });

  it('never returns the number it was given', () => {
    for (const p of ['13812345678', '02787654321', '88886666', '12345', '110']) {
      const m = maskPhone(p);
      expect(m).not.toBe(p);
      expect(m).toContain('*');
    }
  });

  it('passes null and undefined through as null', () => {
    expect(maskPhone(null)).toBeNull();
    expect(maskPhone(undefined)).toBeNull();
  });
});

describe('maskName', () => {
  it('one character is masked entirely', () => {
    expect(maskName('张')).toBe('*');
  });

  it('two characters keep the surname', () => {
    expect(maskName('张三')).toBe('张*');
  });

  it('four characters keep the first', () => {
    expect(maskName('欧阳娜娜')).toBe('欧***');
  });

  it('counts characters, not UTF-16 units, and trims', () => {
    expect(maskName(' 李四 ')).toBe('李*');
    expect(maskName('𠀋一')).toBe('𠀋*'); // a character outside the BMP is one character
  });

  it('passes null and undefined through as null', () => {
    expect(maskName(null)).toBeNull();
    expect(maskName(undefined)).toBeNull();
  });
});

describe('maskText', () => {
  it('masks an 18-digit resident ID ending in X inside Chinese text', () => {
    expect(maskText('我的身份证号是11010519491231002X，请核实。')).toBe('我的身份证号是110105********002X，请核实。');
    expect(maskText('身份证110105194912310021')).toBe('身份证110105********0021');
  });

  it('masks an 11-digit mobile inside Chinese text', () => {
    expect(maskText('请拨打13812345678联系我')).toBe('请拨打138****5678联系我');
    expect(maskText('电话：15900001111。')).toBe('电话：159****1111。');
  });

  it('masks mobiles written with a country code or in 3-4-4 groups', () => {
    expect(maskText('手机+8613812345678')).toBe('手机+86138****5678');
    expect(maskText('手机 +86 138-1234-5678')).toBe('手机 +86 138-****-5678');
    expect(maskText('0086 13812345678')).toBe('0086 138****5678');
    expect(maskText('138 1234 5678')).toBe('138 ****' + ' 5678');
  });

  it('masks both in one text', () => {
    expect(maskText('张先生，手机13812345678，身份证11010519491231002X')).toBe('张先生，手机138****5678，身份证110105********002X');
  });

  it('leaves short numbers such as the hotline 12345 alone', () => {
    expect(maskText('请拨打12345政务服务热线')).toBe('请拨打12345政务服务热线');
    expect(maskText('2026年3月2日，共3000户，120套房源，房价')).toBe('2026年3月2日，共3000户，120套房源，房价');
  });

  it('leaves an 11-digit number that is not a mobile, and longer digit runs, alone', () => {
    expect(maskText('编号12345678901')).toBe('编号12345678901'); // 12… is not a mobile prefix
    expect(maskText('订单号1381234567890')).toBe('订单号1381234567890'); // 13 digits
    expect(maskText('编号0013812345678')).toBe('编号0013812345678'); // a mobile-like tail of a longer number
    expect(maskText('账号11010519491231002')).toBe('账号11010519491231002'); // 17 digits is not an ID
  });
});

// The rule of issue 14: names, phones, ID numbers, plates, WeChat/QQ/email and room numbers.
describe('maskText: the rest of what identifies a person', () => {
  it('masks the room, not the building: the building locates the problem, the room the person', () => {
    expect(maskText('小区3号楼201室，2026年3月2日')).toBe('小区3号楼***室，2026年3月2日');
    expect(maskText('芙蓉小区3栋2单元501室')).toBe('芙蓉小区3栋2单元***室');
    expect(maskText('3栋2单元1202噪音')).toBe('3栋2单元***噪音');
    expect(maskText('楼上5-2-301每晚装修')).toBe('楼上5-2-***每晚装修');
  });

  it('masks fixed-line numbers with their area code, keeping the last two digits', () => {
    expect(maskText('座机0731-88886666')).toBe('座机0731-******66');
    expect(maskText('电话(0731)8888666')).toBe('电话(0731)*****66');
  });

  it('masks licence plates, keeping the province, the letter and the last character', () => {
    expect(maskText('湘A12345占用消防通道')).toBe('湘A****5占用消防通道');
    expect(maskText('新能源车湘AD12345')).toBe('新能源车湘A*****5');
  });

  it('masks e-mail, QQ and WeChat ids', () => {
    expect(maskText('邮箱zhang.san@example.com')).toBe('邮箱z***@example.com');
    expect(maskText('QQ号：12345678')).toBe('QQ号：****');
    expect(maskText('加我微信号：zhangsan_88')).toBe('加我微信号：****');
    expect(maskText('vx: abc12345')).toBe('vx: ****');
    expect(maskText('在微信群里说')).toBe('在微信群里说');
  });

  it('masks the names it is given wherever they appear, not single characters', () => {
    expect(maskText('我是王小明，王小明的邻居', ['王小明'])).toBe('我是王**，王**的邻居');
    expect(maskText('王先生', ['王'])).toBe('王先生');
  });
});

describe('maskDeep', () => {
  it('masks every string inside a payload; personal fields by their own rule', () => {
    expect(maskDeep({ content: '电话13812345678', callerName: '张三', callerPhone: '13812345678', n: 3, list: [{ note: '张三说' }] }, ['张三'])).toEqual({
      content: '电话138****5678', callerName: '张*', callerPhone: '138****5678', n: 3, list: [{ note: '张*说' }],
    });
  });
});
