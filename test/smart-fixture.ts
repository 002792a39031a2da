// A small, hand-written history for the tests that need a trained classifier: two leaf
// categories of the fixture city, eight requests each, registered and answered (closed), then
// a model trained on them and stored as the active version.

import { labelTermsOf, saveModel, trainingDocs } from '../src/store/models.js';
import { trainOnDocs } from '../src/text/training.js';
import type { TestApp } from './helpers.js';

export const NOISE = [
  '建设路工地夜间施工噪音扰民，凌晨还在打桩',
  '小区旁边的工地晚上十一点以后还在施工，机器轰鸣睡不着',
  '施工噪音太大，深夜渣土车进出工地吵得无法休息',
  '工地夜里加班浇筑混凝土，噪声扰民，请管一管',
  '附近楼盘施工队凌晨作业，电钻声音太吵',
  '夜间施工没有办理许可，噪音很大影响老人休息',
  '晚上工地的打桩机一直响，噪音严重超标',
  '工地深夜施工扰民，多次投诉没有改善',
];
export const WAGES = [
  '公司拖欠我三个月工资，老板一直不给',
  '在工地干了半年，包工头拖欠农民工工资不发',
  '单位已经两个月没有发工资了，请人社部门帮忙讨薪',
  '餐馆老板拖欠服务员工资，辞职后也不结算',
  '工厂欠薪，工人们的工资被拖欠了四个月',
  '快递公司克扣工资还拖欠加班费',
  '装修公司拖欠工人工资，老板电话打不通',
  '离职后公司不发最后一个月的工资',
];

/** Registers and answers the history (so it is closed and in no queue), at `when` if given. */
export async function registerHistory(t: TestApp, when?: string): Promise<void> {
  const fx = t.fx;
  for (const [texts, category] of [
    [NOISE, fx.categories['ENV-NOISE-BUILD']],
    [WAGES, fx.categories['HR-WAGE-UNPAID']],
  ] as const) {
    for (const content of texts) {
      const go = async () => {
        const res = await t.call('agent', 'POST', '/api/v1/tickets', { channel: 'phone', type: 'complaint', content, categoryId: category });
        await t.call('agent', 'POST', `/api/v1/tickets/${res.body.id}/answer`, { content: '已告知办理途径。' });
      };
      await (when ? t.at(when, go) : go());
    }
  }
}

/** Trains on the closed tickets' leaf categories (with the tree's names, as `hotline train` does) and makes the model the active version. */
export async function trainActiveModel(t: TestApp) {
  const docs = await trainingDocs(t.database.db, 'leaf');
  const { model, scores } = trainOnDocs(docs, await labelTermsOf(t.database.db));
  const saved = await saveModel(t.database.db, 'category-classifier', model, { trainedAt: new Date(), trainingSize: docs.length, scores: { ...scores } });
  return { docs, saved };
}
