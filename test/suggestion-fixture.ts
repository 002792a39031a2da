// A small hand-written history for the sure-or-silent tests: four leaf categories of the fixture
// city (two of them close cousins: construction noise and neighbourhood noise), eight requests
// each, registered and answered (closed), and a model trained on them as `hotline train --level
// leaf` would. Enough for three suggestions and for a request that sits between two of them.

import type { TestApp } from './helpers.js';
import { trainActiveModel, WAGES } from './smart-fixture.js';

export const HISTORY: Record<string, string[]> = {
  // 施工噪声 (ENV-NOISE-BUILD, led by the environment bureau)
  'ENV-NOISE-BUILD': [
    '建设路工地夜间施工噪音扰民，凌晨还在打桩',
    '小区旁边的工地晚上十一点以后还在施工，机器轰鸣睡不着',
    '施工噪音太大，深夜渣土车进出工地吵得无法休息',
    '工地夜里加班浇筑混凝土，噪声扰民，请管一管',
    '附近楼盘施工队凌晨作业，电钻和挖掘机声音太吵',
    '夜间施工没有办理许可，打桩噪音很大影响老人休息',
    '晚上工地的打桩机一直响，施工噪声严重超标',
    '地铁工地深夜施工扰民，多次投诉没有改善',
  ],
  // 社会生活噪声 (ENV-NOISE-LIFE, led by the district)
  'ENV-NOISE-LIFE': [
    '楼上邻居每天半夜拖椅子跺脚，吵得睡不着',
    '小区广场舞音响开得太大声，晚上十点还在跳',
    '隔壁住户深夜唱歌喝酒大声喧哗，影响休息',
    '楼下烧烤店的客人半夜划拳喧哗，吵得睡不着',
    '邻居家的狗整夜狂叫，吵得全楼没法休息',
    '楼上装修以外还天天半夜弹钢琴，声音很吵',
    '小区里有人凌晨在楼下大声打电话喧哗',
    '对面住户音响低音炮震得墙响，晚上吵得睡不着',
  ],
  // 拖欠工资 (HR-WAGE-UNPAID, led by the labour bureau)
  'HR-WAGE-UNPAID': WAGES,
  // 路灯照明 (CITY-LIGHT, led by the first street office)
  'CITY-LIGHT': [
    '小区门口的路灯坏了一个多星期，晚上一片漆黑',
    '人民路好几盏路灯不亮，夜里走路看不清',
    '公园旁边的路灯一直闪烁，请派人维修',
    '桥头的路灯白天亮着晚上反而不亮',
    '路灯杆被车撞歪了，灯也不亮，存在安全隐患',
    '学校门口那段路没有路灯，孩子放学很危险',
    '新修的道路路灯一直没通电',
    '巷子里的路灯灯罩掉了，灯泡也坏了',
  ],
};

/**
 * A request the history itself files both ways: the centre's dispatchers put these words under
 * construction noise four times and under neighbourhood noise four times (as a real board's
 * labels overlap). A calibrated model cannot be sure of it.
 */
export const BETWEEN_NOISES = '晚上外面一直很吵，吵得睡不着';
const BOTH_WAYS = ['晚上外面一直很吵，吵得睡不着', '每天晚上外面都很吵，根本睡不着', '夜里外面很吵，一家人睡不着', '晚上外面吵得厉害，睡不着觉'];
/** A request the model should be sure of. */
export const CLEARLY_WAGES = '老板拖欠了我们好几个月的工资，一直不发';

/** Adds the two categories the fixture city lacks (under its own tree), with their lead units. */
export async function addCategories(t: TestApp): Promise<void> {
  const db = t.database.db;
  const add = async (code: string, name: string, level: number, parent: string | null, lead: string | null) => {
    const row = await db
      .insertInto('categories')
      .values({ code, name, level, parent_id: parent ? t.fx.categories[parent] : null, lead_unit_id: lead ? t.fx.units[lead] : null })
      .returning('id')
      .executeTakeFirstOrThrow();
    t.fx.categories[code] = row.id;
  };
  await add('ENV-NOISE-LIFE', '社会生活噪声', 3, 'ENV-NOISE', 'DIST');
  await add('CITY', '城市管理', 1, null, null);
  await add('CITY-FAC', '市政设施', 2, 'CITY', null);
  await add('CITY-LIGHT', '路灯照明', 3, 'CITY-FAC', 'DIST-1');
  t.ctx.ref.invalidate();
}

/** Registers and answers the history (closed, in no queue), then trains on the leaves and makes the model active. */
export async function trainOnHistory(t: TestApp) {
  for (const [code, texts] of Object.entries(HISTORY)) {
    for (const content of texts) {
      const res = await t.call('agent', 'POST', '/api/v1/tickets', { channel: 'phone', type: 'complaint', content, categoryId: t.fx.categories[code] });
      if (res.status !== 201) throw new Error(`register: ${res.status} ${JSON.stringify(res.body)}`);
      await t.call('agent', 'POST', `/api/v1/tickets/${res.body.id}/answer`, { content: '已告知办理途径。' });
    }
  }
  for (const code of ['ENV-NOISE-BUILD', 'ENV-NOISE-LIFE']) {
    for (const content of BOTH_WAYS) {
      const res = await t.call('agent', 'POST', '/api/v1/tickets', { channel: 'phone', type: 'complaint', content, categoryId: t.fx.categories[code] });
      await t.call('agent', 'POST', `/api/v1/tickets/${res.body.id}/answer`, { content: '已告知办理途径。' });
    }
  }
  return trainActiveModel(t);
}
