// The category classifier's speed: training on 10,000 tickets, classification per second on
// one core. The texts come from the demo city's request templates with random places and
// filler, labelled with their top-level category: speed, not accuracy, is measured here
// (accuracy: `hotline eval --cv 5` on a deployment's own labelled file). HOTLINE_BENCH_MESSAGES=FILE
// also classifies a deployment's own messages (JSON Lines {title, body}) with the same model.

import { demoCategories, demoCommunities, demoRequests, demoRoadNames, demoUnits, fillTemplate } from '../src/demo/city.js';
import { rng } from '../src/demo/load.js';
import { classify, trainClassifier } from '../src/text/classifier.js';
import { categoryTerms } from '../src/text/training.js';

export async function benchClassifier(opts: { docs: number; runs: number }): Promise<void> {
  const r = rng(7);
  const districts = demoUnits.filter((u) => u.kind === 'district');
  const filler = ['希望尽快处理', '已经反映多次', '请相关部门重视', '影响很大', '谢谢', '麻烦核实一下', '周边居民意见很大', '这个问题存在很久了'];
  const top = (code: string) => demoCategories.find((c) => c.code === code.slice(0, 3))?.name ?? code;
  const docs = Array.from({ length: opts.docs }, () => {
    const t = r.pick(demoRequests);
    const values = { district: r.pick(districts).name, street: '', road: r.pick(demoRoadNames), community: r.pick(demoCommunities), number: String(r.int(1, 300)) };
    return { title: fillTemplate(t.title, values), text: `${fillTemplate(t.content, values)}${r.pick(filler)}，${r.pick(filler)}。`, label: top(t.categoryCode) };
  });
  // The category tree's names, keyed by the labels (top-level names), as `hotline train` passes them.
  const ids = new Map(demoCategories.map((c, i) => [c.code, i + 1]));
  const terms = categoryTerms(demoCategories.map((c) => ({ id: ids.get(c.code)!, parentId: c.parentCode ? ids.get(c.parentCode)! : null, name: c.name, key: c.name })));
  const times: number[] = [];
  let model = trainClassifier(docs.slice(0, 200), undefined, terms); // warm up jieba and the JIT
  for (let run = 0; run < opts.runs; run++) {
    const t0 = performance.now();
    model = trainClassifier(docs, undefined, terms);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const sample = docs.slice(0, 5000);
  classify(model, sample[0]);
  const rates: number[] = [];
  for (let run = 0; run < 3; run++) {
    const t0 = performance.now();
    for (const d of sample) classify(model, { title: d.title, text: d.text });
    rates.push(sample.length / ((performance.now() - t0) / 1000));
  }
  rates.sort((a, b) => a - b);
  // Real messages are longer (a provincial board's median is 210 characters): four requests in one.
  const long = Array.from({ length: 2000 }, (_, i) => ({ title: docs[i].title, text: [0, 1, 2, 3].map((k) => docs[(i * 4 + k) % docs.length].text).join('') }));
  const longChars = long.reduce((a, d) => a + d.text.length, 0) / long.length;
  const longRates: number[] = [];
  for (let run = 0; run < 3; run++) {
    const t0 = performance.now();
    for (const d of long) classify(model, d);
    longRates.push(long.length / ((performance.now() - t0) / 1000));
  }
  longRates.sort((a, b) => a - b);
  // A deployment's own messages (JSON Lines {title, body}), e.g. a 问政 board's: HOTLINE_BENCH_MESSAGES=FILE.
  // The rate is per CPU-second of this process as well as per wall second: on a shared machine the
  // wall rate says more about the other processes than about the classifier.
  const file = process.env.HOTLINE_BENCH_MESSAGES;
  if (file) {
    const { readFileSync } = await import('node:fs');
    const real = readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as { title?: string; body?: string })
      .filter((r) => r.body)
      .map((r) => ({ title: r.title ?? '', text: r.body! }));
    const chars = real.reduce((a, d) => a + d.title.length + d.text.length, 0) / Math.max(1, real.length);
    const cpuRates: number[] = [];
    const wallRates: number[] = [];
    for (let run = 0; run < 5; run++) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      for (const d of real) classify(model, d);
      const c = process.cpuUsage(c0);
      cpuRates.push(real.length / ((c.user + c.system) / 1e6));
      wallRates.push(real.length / ((performance.now() - t0) / 1000));
    }
    const median = (xs: number[]) => Math.round([...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]);
    console.log(
      `[classifier] ${real.length.toLocaleString('en')} messages of ${file} (${Math.round(chars)} characters on average): median ${median(cpuRates).toLocaleString('en')} messages per CPU-second (runs: ${cpuRates.map(Math.round).join(', ')}), ${median(wallRates).toLocaleString('en')} per wall second`,
    );
  }
  const size = JSON.stringify(model).length;
  console.log(`[classifier] training on ${opts.docs.toLocaleString('en')} tickets (${model.labels.length} labels, with probability calibration): median ${(times[Math.floor(times.length / 2)] / 1000).toFixed(1)} s over ${opts.runs} runs; model ${(size / 1e6).toFixed(2)} MB as JSON`);
  console.log(`[classifier] classification on one core: median ${Math.round(rates[1]).toLocaleString('en')} messages/s (runs: ${rates.map((x) => Math.round(x)).join(', ')})`);
  console.log(`[classifier] classification of ${Math.round(longChars)}-character messages: median ${Math.round(longRates[1]).toLocaleString('en')} messages/s (runs: ${longRates.map((x) => Math.round(x)).join(', ')})`);
}
