// Demo data for a fictional city, 临江市 (Linjiang): its hotline center, the units that handle
// work orders (down to the streets and their communities, 社区/村), a three-level category
// tree, the merged hotlines (热线归并) and request templates a seeder can turn into plausible
// tickets. Pure data, no I/O. All names, companies and places
// are made up; no real phone or ID numbers appear here.
//
// Placeholders in request templates: {district} {street} {road} {community} {number}.
// {number} is a house number written as digits only; the templates add the 号 themselves.

import type { RefusalReason } from '../domain/ticket-types.js';

export type UnitKind = 'center' | 'department' | 'district' | 'street' | 'community' | 'enterprise';
export interface DemoUnit {
  code: string;
  name: string;
  kind: UnitKind;
  parentCode?: string;
}
export type TicketType = 'consult' | 'help' | 'complaint' | 'report' | 'suggestion' | 'praise';
export interface DemoCategory {
  code: string;
  name: string;
  parentCode?: string;
  leadUnitCode?: string;
}
export interface DemoLine {
  number: string;
  name: string;
  categoryCode: string;
  unitCode: string;
  /** merged 整体并入 (default) · parallel 双号并行 · sub_centre 分中心 (the unit is a centre and runs the line's queue). */
  mode?: 'merged' | 'parallel' | 'sub_centre';
}
export interface DemoRequestTemplate {
  /** A level-3 category code. */
  categoryCode: string;
  type: TicketType;
  title: string;
  content: string;
  /** A plausible unit reply: what was done and the result. */
  reply: string;
}

// ---------------------------------------------------------------------------------------------
// Units (承办单位)

const CENTER = 'CENTER';

function dept(code: string, name: string): DemoUnit {
  return { code, name, kind: 'department', parentCode: CENTER };
}

/**
 * A district (区/县) followed by its streets and towns (街道/镇), coded `<district>-01`, `-02`, …,
 * each followed by its communities (社区 under a 街道, 村 under a 镇), coded `<street>-01`, … :
 * the three levels a ticket is handed down through (下派: district → street → community).
 */
function district(code: string, name: string, streets: [string, string[]][]): DemoUnit[] {
  const nn = (i: number) => String(i + 1).padStart(2, '0');
  return [
    { code, name, kind: 'district', parentCode: CENTER },
    ...streets.flatMap(([street, communities], i): DemoUnit[] => {
      const streetCode = `${code}-${nn(i)}`;
      return [
        { code: streetCode, name: street, kind: 'street', parentCode: code },
        ...communities.map((c, j): DemoUnit => ({ code: `${streetCode}-${nn(j)}`, name: c, kind: 'community', parentCode: streetCode })),
      ];
    }),
  ];
}

export const demoUnits: DemoUnit[] = [
  { code: CENTER, name: '临江市12345政务服务便民热线中心', kind: 'center' },

  dept('SCJG', '临江市市场监督管理局'),
  dept('RSJ', '临江市人力资源和社会保障局'),
  dept('JTJ', '临江市交通运输局'),
  dept('SHJ', '临江市生态环境局'),
  dept('WJW', '临江市卫生健康委员会'),
  dept('ZJJ', '临江市住房和城乡建设局'),
  dept('CGJ', '临江市城市管理综合执法局'),
  dept('JYJ', '临江市教育局'),
  dept('GAJ', '临江市公安局'),
  dept('ZRZY', '临江市自然资源和规划局'),
  dept('SWJ', '临江市水务局'),
  dept('YBJ', '临江市医疗保障局'),
  dept('WLJ', '临江市文化广电旅游局'),
  dept('YJJ', '临江市应急管理局'),
  dept('ZSJ', '临江市政务服务和数据管理局'),

  ...district('D-JB', '江北区', [
    ['望江街道', ['望江社区', '江滩社区', '观澜社区']],
    ['北门街道', ['北门社区', '鼓楼社区']],
    ['江北街道', ['江北社区', '新港社区', '银杏社区']],
    ['玉带街道', ['玉带社区', '锦江社区']],
  ]),
  ...district('D-JN', '江南区', [
    ['南湖街道', ['南湖社区', '湖滨社区', '荷塘社区']],
    ['文昌街道', ['文昌社区', '学府社区']],
    ['龙舟街道', ['龙舟社区', '端阳社区']],
    ['城南街道', ['城南社区', '桂花社区', '长塘社区']],
    ['梅林街道', ['梅林社区', '梅园社区']],
  ]),
  ...district('D-GX', '高新区', [
    ['科创街道', ['科创社区', '创新社区']],
    ['云谷街道', ['云谷社区', '云栖社区', '麓谷社区']],
    ['东湖街道', ['东湖社区', '湖光社区']],
  ]),
  ...district('D-LG', '临港区', [
    ['港城街道', ['港城社区', '码头社区']],
    ['海湾街道', ['海湾社区', '银滩社区']],
    ['临港镇', ['临港村', '新埠村', '盐田村']],
    ['渔湾镇', ['渔湾村', '沙岗村']],
  ]),
  ...district('D-QS', '青山县', [
    ['青山镇', ['青山村', '枫树村', '松林村']],
    ['石门镇', ['石门村', '石桥村']],
    ['竹溪镇', ['竹溪村', '竹园村', '溪口村']],
    ['茶岭镇', ['茶岭村', '云雾村']],
  ]),
  ...district('D-BS', '白沙县', [
    ['城关镇', ['东关村', '西关村']],
    ['沙河镇', ['沙河村', '柳湾村', '白鹭村']],
    ['河口镇', ['河口村', '渡口村']],
    ['柳塘镇', ['柳塘村', '荷花村']],
  ]),

  { code: 'E-SW', name: '临江水务集团', kind: 'enterprise', parentCode: CENTER },
  { code: 'E-RQ', name: '临江燃气公司', kind: 'enterprise', parentCode: CENTER },
  { code: 'E-GD', name: '国网临江供电公司', kind: 'enterprise', parentCode: CENTER },
];

// ---------------------------------------------------------------------------------------------
// Categories (诉求分类): C01 → C0101 → C010101. The parent is the code minus its last two digits.

function cat(code: string, name: string, leadUnitCode?: string): DemoCategory {
  const c: DemoCategory = { code, name };
  if (code.length > 3) c.parentCode = code.slice(0, -2);
  if (leadUnitCode) c.leadUnitCode = leadUnitCode;
  return c;
}

export const demoCategories: DemoCategory[] = [
  cat('C01', '城乡建设'),
  cat('C0101', '市政设施'),
  cat('C010101', '道路破损', 'ZJJ'),
  cat('C010102', '路灯照明', 'CGJ'),
  cat('C010103', '排水管网', 'SWJ'),
  cat('C0102', '水电气供应'),
  cat('C010201', '供水', 'E-SW'),
  cat('C010202', '燃气', 'E-RQ'),
  cat('C010203', '供电', 'E-GD'),
  cat('C0103', '物业与住房'),
  cat('C010301', '物业服务', 'ZJJ'),
  cat('C010302', '房屋质量', 'ZJJ'),
  cat('C010303', '不动产登记', 'ZRZY'),
  cat('C0104', '城市管理'),
  cat('C010401', '占道经营', 'CGJ'),
  cat('C010402', '违法建设', 'CGJ'),

  cat('C02', '劳动和社会保障'),
  cat('C0201', '劳动关系'),
  cat('C020101', '拖欠工资', 'RSJ'),
  cat('C020102', '劳动合同', 'RSJ'),
  cat('C020103', '工伤认定', 'RSJ'),
  cat('C0202', '社会保险'),
  cat('C020201', '养老保险', 'RSJ'),
  cat('C020202', '失业保险', 'RSJ'),
  cat('C0203', '就业创业'),
  cat('C020301', '就业服务', 'RSJ'),
  cat('C020302', '职业技能培训', 'RSJ'),

  cat('C03', '交通运输'),
  cat('C0301', '公共交通'),
  cat('C030101', '公交线路与站点', 'JTJ'),
  cat('C030102', '公交运营服务', 'JTJ'),
  cat('C0302', '出租车与网约车'),
  cat('C030201', '出租车服务', 'JTJ'),
  cat('C030202', '网约车服务', 'JTJ'),
  cat('C0303', '道路交通管理'),
  cat('C030301', '违法停车', 'GAJ'),
  cat('C030302', '交通信号与标志', 'GAJ'),

  cat('C04', '环境保护'),
  cat('C0401', '噪声污染'),
  cat('C040101', '施工噪声', 'SHJ'),
  cat('C040102', '社会生活噪声', 'GAJ'),
  cat('C040103', '商业经营噪声', 'CGJ'),
  cat('C0402', '大气与水污染'),
  cat('C040201', '工业废气', 'SHJ'),
  cat('C040202', '餐饮油烟', 'CGJ'),
  cat('C040203', '水体污染', 'SHJ'),
  cat('C0403', '市容环卫'),
  cat('C040301', '环境卫生', 'CGJ'),
  cat('C040302', '垃圾分类', 'CGJ'),

  cat('C05', '卫生健康'),
  cat('C0501', '医疗服务'),
  cat('C050101', '医疗服务质量', 'WJW'),
  cat('C050102', '医患纠纷', 'WJW'),
  cat('C0502', '公共卫生'),
  cat('C050201', '疫苗接种', 'WJW'),
  cat('C050202', '病媒生物防治', 'WJW'),
  cat('C0503', '医疗保障'),
  cat('C050301', '医保报销', 'YBJ'),
  cat('C050302', '医保参保', 'YBJ'),

  cat('C06', '教育文体'),
  cat('C0601', '基础教育'),
  cat('C060101', '入学招生', 'JYJ'),
  cat('C060102', '校外培训', 'JYJ'),
  cat('C0602', '文化体育旅游'),
  cat('C060201', '公共文体设施', 'WLJ'),
  cat('C060202', '旅游服务', 'WLJ'),

  cat('C07', '商贸消费'),
  cat('C0701', '消费维权'),
  cat('C070101', '商品质量纠纷', 'SCJG'),
  cat('C070102', '服务消费纠纷', 'SCJG'),
  cat('C070103', '预付卡消费', 'SCJG'),
  cat('C0702', '价格收费'),
  cat('C070201', '商品价格', 'SCJG'),
  cat('C070202', '服务收费', 'SCJG'),

  cat('C08', '公共安全'),
  cat('C0801', '社会治安'),
  cat('C080101', '电信网络诈骗', 'GAJ'),
  cat('C080102', '养犬管理', 'GAJ'),
  cat('C0802', '安全隐患'),
  cat('C080201', '消防安全', 'YJJ'),
  cat('C080202', '防汛排涝', 'SWJ'),

  cat('C09', '市场监管'),
  cat('C0901', '食品药品安全'),
  cat('C090101', '餐饮食品安全', 'SCJG'),
  cat('C090102', '食品经营', 'SCJG'),
  cat('C090103', '药品安全', 'SCJG'),
  cat('C0902', '产品质量与特种设备'),
  cat('C090201', '产品质量', 'SCJG'),
  cat('C090202', '电梯安全', 'SCJG'),
  cat('C0903', '经营秩序'),
  cat('C090301', '无照经营', 'SCJG'),
  cat('C090302', '虚假宣传', 'SCJG'),

  cat('C10', '政务服务'),
  cat('C1001', '政务办事'),
  cat('C100101', '办事咨询', 'ZSJ'),
  cat('C100102', '窗口服务', 'ZSJ'),
  cat('C1002', '户籍证件'),
  cat('C100201', '户籍办理', 'GAJ'),
  cat('C100202', '身份证与出入境', 'GAJ'),
  cat('C1003', '热线服务'),
  cat('C100301', '热线服务评价', CENTER),
  cat('C100302', '工单办理督办', CENTER),
];

// ---------------------------------------------------------------------------------------------
// Merged hotlines (热线归并): calls to these numbers land in 12345 with a default category and unit.

export const demoLines: DemoLine[] = [
  // 12315 keeps its own sub-centre at 市场监管局 (分中心): its tickets wait in that centre's queue.
  { number: '12315', name: '消费者投诉举报专线', categoryCode: 'C0701', unitCode: 'SCJG', mode: 'sub_centre' },
  { number: '12333', name: '人力资源和社会保障服务热线', categoryCode: 'C0202', unitCode: 'RSJ', mode: 'parallel' },
  { number: '12328', name: '交通运输服务监督热线', categoryCode: 'C0301', unitCode: 'JTJ' },
  { number: '12365', name: '质量技术监督热线', categoryCode: 'C0902', unitCode: 'SCJG' },
  { number: '12369', name: '环保举报热线', categoryCode: 'C0402', unitCode: 'SHJ' },
  { number: '12320', name: '卫生健康服务热线', categoryCode: 'C0501', unitCode: 'WJW' },
  { number: '12319', name: '城建城管服务热线', categoryCode: 'C0104', unitCode: 'CGJ' },
  { number: '12358', name: '价格举报热线', categoryCode: 'C0702', unitCode: 'SCJG' },
  { number: '12331', name: '食品药品投诉举报热线', categoryCode: 'C0901', unitCode: 'SCJG' },
  { number: '96777', name: '临江水务客服热线', categoryCode: 'C010201', unitCode: 'E-SW' },
  { number: '95598', name: '供电服务热线', categoryCode: 'C010203', unitCode: 'E-GD' },
];

// ---------------------------------------------------------------------------------------------
// Request templates (诉求模板). Company and hospital names are made up.

export const demoRequests: DemoRequestTemplate[] = [
  // 城乡建设 — 市政设施
  {
    categoryCode: 'C010101',
    type: 'complaint',
    title: '{road}路面坑洼影响通行',
    content:
      '{district}{street}{road}{number}号附近路面出现多处坑洼，最大的坑约半米宽，下雨后积水看不清，已有电动车在此摔倒，希望相关部门尽快修补。',
    reply:
      '经核实，该路段因地下管线沉降导致路面破损。市政养护单位已于接单次日设置警示围挡，完成沥青修补约30平方米，现路面已恢复平整。已电话回访，市民表示满意。',
  },
  {
    categoryCode: 'C010102',
    type: 'help',
    title: '{community}门口路灯不亮',
    content:
      '{road}{community}小区门口到公交站这一段的路灯已经坏了一个多星期，晚上一片漆黑，老人孩子出行很不安全，请尽快派人维修。',
    reply:
      '城管局路灯管理所接单后派员现场检查，发现系线路老化导致断电，已更换电缆及两处灯具，路灯于当晚恢复正常照明。后续将加强该路段巡查。',
  },
  {
    categoryCode: 'C010102',
    type: 'praise',
    title: '感谢路灯维修及时',
    content:
      '前几天反映{road}路灯不亮的问题，第二天晚上就修好了，维修师傅还顺便检查了附近几盏灯，效率很高，特此表扬，感谢热线和城管部门。',
    reply:
      '感谢市民对我们工作的认可。我局将继续做好城市照明设施的日常巡查和维护，及时处理群众反映的问题，欢迎继续监督。',
  },
  {
    categoryCode: 'C010103',
    type: 'help',
    title: '{road}下水道堵塞污水外溢',
    content:
      '{street}{road}{number}号门前的污水井堵了，污水从井盖往外冒，臭味很大，路过的人都要绕着走，周边商户也没法正常营业，希望尽快疏通。',
    reply:
      '水务局排水管理处已安排抢修队伍到场，使用疏通车清理管道内淤积的油污和杂物约2立方米，污水外溢已解决。已建议周边餐饮商户规范安装隔油池。',
  },
  {
    categoryCode: 'C010103',
    type: 'suggestion',
    title: '建议改造{road}易涝点排水设施',
    content:
      '每逢暴雨，{road}靠近{community}的低洼路段就会积水到膝盖，车辆熄火、行人涉水，存在很大安全隐患。建议对该路段排水管网进行扩容改造，增设雨水口。',
    reply:
      '感谢您的建议。经现场勘查，该路段现有排水管径偏小，我局已将其列入今年易涝点整治计划，汛期前完成管道扩容和雨水口增设，届时积水问题将明显改善。',
  },

  // 城乡建设 — 水电气供应
  {
    categoryCode: 'C010201',
    type: 'help',
    title: '{community}突然停水',
    content:
      '{district}{community}从今天早上开始停水，没有看到任何停水通知，家里有老人和小孩，做饭洗漱都成问题，请问什么时候能恢复供水？',
    reply:
      '经临江水务集团核实，该区域因供水主管突发爆管临时停水。抢修人员已连夜完成管道更换，于当日18时恢复供水。今后停水信息将通过小区公告和短信提前发布。',
  },
  {
    categoryCode: 'C010201',
    type: 'complaint',
    title: '自来水发黄有异味',
    content:
      '{community}6栋最近几天打开水龙头流出的水发黄，要放一会儿才变清，还有一股铁锈味，不敢直接饮用，希望水务部门来检测一下水质。',
    reply:
      '水务集团已派员上门取样检测，管网水各项指标符合国家标准。水质发黄系小区二次供水水箱未按期清洗所致，已督促物业完成水箱清洗消毒，现水质已恢复正常。',
  },
  {
    categoryCode: 'C010202',
    type: 'help',
    title: '{community}楼道有燃气味',
    content:
      '{community}3栋二单元楼道里闻到很浓的燃气味，好像是从三楼管道那边传来的，邻居都很担心，请燃气公司马上派人来检查。',
    reply:
      '临江燃气公司抢修人员20分钟内到场，检测发现三楼立管接口处轻微泄漏，已关闭阀门并更换密封件，复测无泄漏后恢复供气。已提醒居民闻到异味时开窗通风、勿开关电器。',
  },
  {
    categoryCode: 'C010202',
    type: 'consult',
    title: '燃气过户需要什么材料',
    content:
      '我刚在{community}买了二手房，想办理燃气过户和开通，请问需要带哪些材料，到哪里办理，能不能网上办，大概需要几天？',
    reply:
      '经临江燃气公司答复：燃气过户需提供不动产权证书、新户主身份证明及原户主结清气费凭证，可到营业厅或通过公司公众号线上办理，资料齐全的3个工作日内完成过户并上门通气。',
  },
  {
    categoryCode: 'C010203',
    type: 'complaint',
    title: '{street}频繁停电',
    content:
      '{street}{community}这个月已经停了四次电，每次都没有提前通知，冰箱里的东西都坏了，在家办公的人也受影响，希望供电公司查明原因彻底解决。',
    reply:
      '国网临江供电公司经排查，该小区停电系配电变压器负荷过重、线路老化所致，已于本周完成变压器增容和低压线路改造，近期未再停电。计划检修将提前24小时公告。',
  },

  // 城乡建设 — 物业与住房
  {
    categoryCode: 'C010301',
    type: 'complaint',
    title: '{community}物业服务不到位',
    content:
      '{community}的物业费每年都在收，但小区垃圾经常好几天没人清运，电梯坏了半个月没修，绿化带也没人打理，业主多次找物业都推诿，请相关部门督促整改。',
    reply:
      '住建局会同{street}社区对该小区物业服务进行检查，已约谈物业公司负责人并下发整改通知书，要求限期修复电梯、垃圾日产日清。目前电梯已修复，后续纳入物业信用考核。',
  },
  {
    categoryCode: 'C010301',
    type: 'consult',
    title: '住宅专项维修资金如何申请使用',
    content:
      '{community}楼顶防水层老化，顶楼好几户家里漏水，物业说要动用住宅专项维修资金，请问申请使用维修资金需要经过哪些程序？需要多少业主同意？',
    reply:
      '经住建局答复：使用维修资金需由物业或业委会提出方案，经专有部分面积和人数均占三分之二以上的业主参与表决并过半数同意后，向区物业主管部门申请。紧急维修可走应急使用程序。',
  },
  {
    categoryCode: 'C010302',
    type: 'complaint',
    title: '新房墙面开裂渗水开发商拖延维修',
    content:
      '我家在{district}{community}，去年刚收房，今年雨季卧室外墙开裂渗水，墙皮大面积脱落，找开发商临江宏远置业有限公司多次，对方一直拖着不维修，请求帮助。',
    reply:
      '住建局已约谈开发商，明确房屋仍在保修期内，开发商应承担维修责任。开发商已安排施工队对外墙裂缝进行封堵并重做防水，预计两周内完工，我局将跟踪督办。',
  },
  {
    categoryCode: 'C010303',
    type: 'consult',
    title: '二手房过户流程咨询',
    content:
      '想咨询一下在{district}买二手房办理不动产转移登记需要哪些材料？买卖双方是否都要到场？能不能一次办好，大概要多长时间？',
    reply:
      '经自然资源和规划局答复：转移登记需买卖双方携带身份证明、不动产权证书、买卖合同及完税凭证，双方到场或委托代理。目前已实行“一窗受理”，资料齐全的最快1个工作日办结。',
  },

  // 城乡建设 — 城市管理
  {
    categoryCode: 'C010401',
    type: 'complaint',
    title: '{road}流动摊贩占道经营',
    content:
      '每天傍晚开始，{road}{community}门口聚集大量流动摊贩，把人行道和半条机动车道都占了，油烟垃圾满地，晚上十一点还很吵，车辆也过不去。',
    reply:
      '城管执法局已安排执法队员在该路段定点值守，对占道摊贩进行劝导疏散，并引导其进入附近规划的便民夜市集中经营。目前人行道已恢复畅通，后续将持续错时巡查。',
  },
  {
    categoryCode: 'C010402',
    type: 'report',
    title: '{community}顶楼违章搭建',
    content:
      '{community}8栋顶楼住户正在楼顶平台搭建彩钢房，已经施工好几天，占用公共屋面，可能影响楼体结构和防水，其他业主反对无效，请执法部门查处。',
    reply:
      '城管执法局已到现场核查，确认该搭建行为未取得规划许可，属违法建设，已当场责令停工并下达限期拆除通知书。当事人已于期限内自行拆除，楼顶平台恢复原状。',
  },

  // 劳动和社会保障
  {
    categoryCode: 'C020101',
    type: 'complaint',
    title: '公司拖欠工资三个月',
    content:
      '我在{district}的临江鑫源电子科技有限公司上班，公司已经连续三个月没有发工资，十几名员工被拖欠，老板一直说资金周转困难，现在电话也不接了，请求帮忙讨薪。',
    reply:
      '人社局劳动保障监察大队已立案调查，约谈该公司负责人并责令限期支付。经督促，该公司已结清15名员工被拖欠的工资共计约23万元，当事人已确认收到。',
  },
  {
    categoryCode: 'C020101',
    type: 'report',
    title: '工地农民工工资未结清',
    content:
      '{district}{road}在建的一个住宅项目工地，有几十名农民工从春节前到现在工资一直没有结清，包工头说上面没拨款，工人们生活已经很困难了。',
    reply:
      '人社局已联合住建部门到该项目核查，督促施工总承包单位动用工资保证金先行垫付，拖欠的农民工工资已全部通过专用账户发放到位，该项目已列入重点监控。',
  },
  {
    categoryCode: 'C020102',
    type: 'consult',
    title: '试用期被辞退有没有补偿',
    content:
      '我入职一家贸易公司刚两个月，还在试用期，公司突然说我不符合录用条件让我走人，但没有给出任何书面理由，请问这种情况我能要求经济补偿吗？',
    reply:
      '经人社局答复：用人单位在试用期解除劳动合同，应说明理由并提供不符合录用条件的证据，否则属违法解除，劳动者可向劳动人事争议仲裁委员会申请仲裁，要求支付赔偿金。',
  },
  {
    categoryCode: 'C020103',
    type: 'consult',
    title: '公司不申报工伤个人能否申请',
    content:
      '我丈夫在工地干活时从脚手架上摔下来骨折了，公司说会负责医药费，但不愿意申报工伤，请问我们自己可以申请工伤认定吗？需要什么材料？',
    reply:
      '经人社局答复：用人单位未在30日内申请的，职工或近亲属可在事故发生之日起1年内直接申请工伤认定，需提交申请表、劳动关系证明及医疗诊断证明，可到区人社局工伤窗口办理。',
  },
  {
    categoryCode: 'C020201',
    type: 'consult',
    title: '养老保险缴费年限查询及转移',
    content:
      '我今年五十八岁，以前在外地工作过几年，后来回{district}灵活就业自己交社保，想咨询一下养老保险一共交了多少年，外地的能不能转过来合并计算？',
    reply:
      '经人社局答复：可通过“临江人社”小程序或社保经办窗口查询缴费明细。外地缴纳的养老保险可办理转移接续，缴费年限合并计算，只需在本地社保经办机构申请，无需往返两地。',
  },
  {
    categoryCode: 'C020201',
    type: 'consult',
    title: '退休人员养老金待遇资格认证',
    content:
      '我父亲今年七十多岁，已经退休多年，听说每年都要做养老金领取资格认证，他不会用智能手机，行动也不方便，请问可以怎么认证？不认证会不会停发？',
    reply:
      '经人社局答复：资格认证可由子女通过“临江人社”小程序代为刷脸完成，也可联系{street}社区工作人员上门认证。系统还会根据就医等信息静默认证，超期未认证的将暂停发放，补认证后恢复。',
  },
  {
    categoryCode: 'C020202',
    type: 'consult',
    title: '失业保险金怎么申领',
    content:
      '我在一家机械厂工作了五年，最近厂里裁员我被辞退了，听说可以领失业保险金，请问需要满足什么条件，怎么申请，能领多长时间？',
    reply:
      '经人社局答复：失业前累计缴纳失业保险满1年、非本人意愿中断就业并已办理失业登记的，可申领失业保险金。可线上或到就近社保窗口申请，领取期限按缴费年限确定，最长24个月。',
  },
  {
    categoryCode: 'C020301',
    type: 'consult',
    title: '高校毕业生就业补贴政策',
    content:
      '我是今年刚毕业的大学生，准备留在临江工作，听说市里对高校毕业生有就业补贴和租房补贴，请问具体有哪些政策，怎么申请？',
    reply:
      '经人社局答复：在我市就业的全日制高校毕业生可申请一次性就业补贴和生活租房补贴，需签订劳动合同并正常缴纳社保，可通过“临江人社”小程序线上申请，审核通过后按月发放。',
  },
  {
    categoryCode: 'C020302',
    type: 'suggestion',
    title: '建议开设晚间职业技能培训班',
    content:
      '我在{district}一家工厂上班，想利用业余时间学电工、育婴员等技能，但现在的免费技能培训都安排在工作日白天，上班族根本没法参加，建议开设晚间或周末班。',
    reply:
      '感谢您的建议。人社局已协调定点培训机构，从下月起在{district}开设电工、育婴员等工种晚间班和周末班，培训信息将在“临江人社”公众号发布，符合条件的可享受培训补贴。',
  },

  // 交通运输
  {
    categoryCode: 'C030101',
    type: 'suggestion',
    title: '建议公交线路延伸至{community}',
    content:
      '{community}入住居民已有几千户，但最近的公交站要走二十多分钟，早晚高峰上班上学很不方便，建议将经过{road}的公交线路延伸到小区门口或增设站点。',
    reply:
      '交通运输局已组织公交集团开展客流调查，决定将途经{road}的一条公交线路延伸至{community}，并在小区门口增设停靠站，预计下月起试运行，具体以公交集团公告为准。',
  },
  {
    categoryCode: 'C030101',
    type: 'complaint',
    title: '公交线路调整未提前公告',
    content:
      '{road}站原来有两条公交线路经过，这周突然取消了一条，站牌上没有任何公告，很多老年人在车站等了很久都不知道，希望以后调整线路要提前告知。',
    reply:
      '交通运输局已核实，该线路因道路施工临时绕行，公交集团未及时在站点张贴公告，已责令其立即张贴绕行告示并通过公众号发布信息。施工结束后线路将恢复原走向。',
  },
  {
    categoryCode: 'C030102',
    type: 'complaint',
    title: '公交车不按站停靠',
    content:
      '今天早上七点多我在{road}站等车，有人招手公交车却没有停靠直接开走了，导致我上班迟到，这种情况已经不是第一次了，请公交公司加强管理。',
    reply:
      '经公交集团调取车载监控核实，当班驾驶员确有越站行为，已按规定对其进行批评教育和绩效扣罚，并在全线开展文明服务教育。对给您造成的不便深表歉意。',
  },
  {
    categoryCode: 'C030102',
    type: 'praise',
    title: '表扬公交司机拾金不昧',
    content:
      '我前天在公交车上把装有证件和现金的包落在座位上，下车后才发现，没想到司机师傅捡到后主动联系了我，还在终点站等我来取，非常感谢，希望予以表扬。',
    reply:
      '感谢您的来电反馈。公交集团已对该驾驶员拾金不昧的行为进行通报表扬并给予奖励，我们将继续弘扬文明服务风尚，为市民提供更加温馨的乘车服务。',
  },
  {
    categoryCode: 'C030201',
    type: 'complaint',
    title: '出租车绕路多收费',
    content:
      '昨晚从临江火车站打出租车到{community}，平时二十多元的路程，司机故意绕路走了很远，最后收了五十多元，还拒绝开发票，请相关部门核查处理。',
    reply:
      '交通运输局根据乘车时间和地点查找到涉事车辆，经调取行驶轨迹核实存在绕路行为，已责令驾驶员退还多收费用，依法对其作出处罚，并约谈其所属出租车公司。',
  },
  {
    categoryCode: 'C030201',
    type: 'help',
    title: '出租车上遗失手机和钱包',
    content:
      '昨天晚上九点半左右在{road}打了一辆出租车回家，下车时把手机和钱包落在后座上，没记住车牌号，只记得是蓝色出租车，请求帮忙寻找。',
    reply:
      '交通运输局协调出租车监管平台，根据上下车时间和地点调取车辆轨迹，找到涉事车辆并联系驾驶员，您遗失的手机和钱包已完好找回，已通知您到出租车公司领取。',
  },
  {
    categoryCode: 'C030202',
    type: 'complaint',
    title: '网约车司机迟到取消订单仍扣费',
    content:
      '我用网约车平台约车，司机迟迟不来，等了二十分钟后我取消了订单，结果平台反而扣了我的取消费，客服只会机器人回复，请相关部门帮忙处理。',
    reply:
      '交通运输局已约谈该网约车平台在临江的运营主体，查实系司机未按时接驾，平台已退还被扣的取消费，并对司机作出处理，同时要求平台优化人工客服响应机制。',
  },
  {
    categoryCode: 'C030301',
    type: 'report',
    title: '{road}车辆违停堵塞消防通道',
    content:
      '{community}门口的{road}两侧每天晚上停满了车，还有车辆直接停在小区消防通道和人行道上，救护车都进不来，请交警部门加强整治。',
    reply:
      '公安局交警大队已对该路段开展集中整治，对违停车辆贴单处罚并拖移占用消防通道的车辆，在路口增设禁停标志。后续将会同社区推进周边停车泊位规划。',
  },
  {
    categoryCode: 'C030302',
    type: 'suggestion',
    title: '建议延长路口行人绿灯时间',
    content:
      '{road}与学府路交叉口的行人绿灯只有十几秒，老人和带孩子的家长根本走不过去，经常走到一半就变红灯，非常危险，建议延长行人过街时间。',
    reply:
      '交警支队已对该路口实地测试，根据行人流量将行人绿灯时间由15秒调整至30秒，并在路口中央增设安全岛，调整已于本周生效，将持续观察通行效果。',
  },

  // 环境保护
  {
    categoryCode: 'C040101',
    type: 'complaint',
    title: '工地夜间施工噪音扰民',
    content:
      '{district}{road}附近的一个建筑工地每天晚上十点以后还在施工，打桩机、渣土车声音特别大，一直持续到凌晨两三点，周边{community}居民根本睡不着觉，请尽快查处。',
    reply:
      '生态环境局执法人员夜间到场核查，该工地未取得夜间施工许可，已责令立即停止夜间作业并立案调查。后续将联合住建部门加强夜间巡查，确保22时至次日6时不再违规施工。',
  },
  {
    categoryCode: 'C040101',
    type: 'report',
    title: '高考期间工地夜间施工',
    content:
      '现在正是高考期间，{street}{road}的市政管网工地晚上还在用破碎机作业，噪音非常大，周边有好几户家里有考生，严重影响孩子休息，请立即制止。',
    reply:
      '生态环境局会同住建部门连夜赶赴现场，责令施工单位立即停止夜间高噪声作业，并在考试期间每晚安排专人值守巡查。施工单位已调整作业时间，未再出现夜间施工。',
  },
  {
    categoryCode: 'C040102',
    type: 'complaint',
    title: '广场舞音响声音太大',
    content:
      '{community}中心广场每天晚上七点到十点都有人跳广场舞，音响开得非常大，家里关着窗都能听见，孩子没法写作业，希望管一管，降低音量或缩短时间。',
    reply:
      '经{street}派出所与社区共同协调，已与广场舞团队负责人沟通，活动时间调整为19时至21时，音量控制在60分贝以下，并安装了噪声显示屏，周边居民反映噪音明显减小。',
  },
  {
    categoryCode: 'C040103',
    type: 'complaint',
    title: '商铺高音喇叭招揽生意',
    content:
      '{road}{number}号附近的几家服装店和手机店门口整天用高音喇叭循环播放促销广告，从早上九点到晚上十点不停，楼上住户苦不堪言，请城管部门处理。',
    reply:
      '城管执法局已到现场检查，对使用高音喇叭招揽顾客的商户进行教育并责令整改，涉事商户均已撤除外放音响。执法队员将加强该路段日常巡查，防止问题反弹。',
  },
  {
    categoryCode: 'C040201',
    type: 'report',
    title: '工厂夜间偷排废气',
    content:
      '{district}工业园里的临江华泰化工有限公司经常在晚上排放废气，烟囱冒黑烟，附近{community}能闻到刺鼻的化学气味，居民晚上都不敢开窗，怀疑环保设施没有正常运行。',
    reply:
      '生态环境局执法人员夜间突击检查，发现该企业废气处理设施未正常运行，已责令停产整改并立案处罚，在线监测数据已接入监管平台，整改验收合格后方可恢复生产。',
  },
  {
    categoryCode: 'C040202',
    type: 'complaint',
    title: '楼下烧烤店油烟直排',
    content:
      '{community}5栋楼下新开了一家烧烤店，没有安装油烟净化器，油烟直接从后窗排出，楼上住户家里全是油烟味，衣服都不能晾，请求处理。',
    reply:
      '城管执法局已到现场核查，该烧烤店确未安装油烟净化设施，已责令限期安装并规范排放，整改前暂停露天烧烤。复查时店家已安装油烟净化器并通过检测。',
  },
  {
    categoryCode: 'C040203',
    type: 'report',
    title: '河道出现大量死鱼',
    content:
      '{district}{street}境内的小河这两天水面漂着很多死鱼，河水发黑发臭，上游好像有人往河里排污水，希望环保部门尽快来取样调查。',
    reply:
      '生态环境局接报后立即赶赴现场取样监测，查明系上游一家养殖场违规排放养殖废水所致，已责令其停止排放并立案查处，同时组织清理死鱼，河道水质正逐步恢复。',
  },
  {
    categoryCode: 'C040301',
    type: 'complaint',
    title: '垃圾收集点多日无人清运',
    content:
      '{road}靠近{community}的垃圾收集点已经三四天没人清运了，垃圾桶满了堆在路边，天热臭气熏天，还招苍蝇老鼠，请环卫部门尽快清理。',
    reply:
      '城管执法局已督促辖区环卫作业公司当天完成垃圾清运和周边冲洗消杀，并将该收集点清运频次由每日一次调整为每日两次，纳入环卫作业考核重点点位。',
  },
  {
    categoryCode: 'C040302',
    type: 'consult',
    title: '旧家具等大件垃圾如何处理',
    content:
      '我家要换沙发和旧床垫，请问在{district}大件垃圾应该怎么处理？可以直接放到小区垃圾桶旁边吗？有没有预约上门回收的服务？',
    reply:
      '经城管执法局答复：大件垃圾不可随意堆放，可联系小区物业或通过区环卫服务热线预约，环卫部门将按约定时间上门收运，居民区大件垃圾收运目前免费，已告知预约方式。',
  },
  {
    categoryCode: 'C040302',
    type: 'suggestion',
    title: '建议延长垃圾分类投放时间',
    content:
      '{community}实行垃圾定时定点投放，只有早上七点到九点和晚上六点到八点能扔，上班族经常赶不上，只好把垃圾放在家里，建议增加一个夜间投放时段。',
    reply:
      '感谢您的建议。城管执法局已会同{street}街道调研，在该小区增设一处误时投放点，每日20时至22时开放，并安排志愿者值守指导，方便上班族分类投放。',
  },

  // 卫生健康
  {
    categoryCode: 'C050101',
    type: 'complaint',
    title: '医院儿科候诊时间过长',
    content:
      '昨天带孩子去临江市第一人民医院儿科看病，挂号后等了四个多小时才看上，现场只有两个医生坐诊，候诊区秩序也很混乱，希望医院增加医生、优化就诊流程。',
    reply:
      '卫生健康委已责成该医院核查，医院已在儿科就诊高峰期增开3个诊室，推行分时段预约和检查结果线上推送，目前平均候诊时间已缩短至1小时左右。感谢您的反映。',
  },
  {
    categoryCode: 'C050101',
    type: 'praise',
    title: '感谢医护人员悉心照顾',
    content:
      '我父亲前段时间在临江市中医院心内科住院，医生护士非常负责，半夜也多次查房，出院时还详细交代注意事项，我们全家都很感动，希望对他们进行表扬。',
    reply:
      '感谢您对我市医务人员的肯定。卫生健康委已将您的表扬转达至该医院，医院将对心内科医护团队进行通报表扬。我们将持续改善医疗服务，让群众就医更加舒心。',
  },
  {
    categoryCode: 'C050102',
    type: 'help',
    title: '术后出现并发症医院不作解释',
    content:
      '我母亲在{district}一家医院做了胆囊手术，术后出现感染又住院半个月，我们多次找医院要求说明原因，医院一直推脱，请问应该通过什么途径解决？',
    reply:
      '卫生健康委已联系涉事医院组织医患沟通，并告知可通过医疗纠纷人民调解委员会免费调解、申请医疗损害鉴定或向法院起诉等途径维权。目前双方已进入调解程序。',
  },
  {
    categoryCode: 'C050201',
    type: 'consult',
    title: '孩子入学前漏种疫苗如何补种',
    content:
      '孩子九月份要上小学了，学校要求查验预防接种证，请问如果有疫苗漏种需要到哪里补种？在{street}社区卫生服务中心可以打吗？需要预约吗？',
    reply:
      '经卫生健康委答复：漏种儿童可到居住地所在社区卫生服务中心免费补种免疫规划疫苗，{street}社区卫生服务中心可以接种，请通过“健康临江”公众号预约并携带预防接种证。',
  },
  {
    categoryCode: 'C050202',
    type: 'help',
    title: '小区老鼠泛滥',
    content:
      '{community}最近老鼠特别多，晚上在绿化带和垃圾桶旁边到处跑，有的还钻进了一楼住户家里，担心传播疾病，希望相关部门组织灭鼠。',
    reply:
      '卫生健康委已协调区爱卫办和{street}社区，组织专业消杀公司对小区开展集中灭鼠，投放毒饵站40余个并清理卫生死角。两周后复查鼠密度明显下降，将定期巡查。',
  },
  {
    categoryCode: 'C050301',
    type: 'consult',
    title: '异地就医如何直接结算',
    content:
      '我是临江参保职工，退休后跟子女住在外省，在当地医院看病能不能直接用医保结算？需要办什么手续？没有备案的医疗费能不能回来报销？',
    reply:
      '经医疗保障局答复：异地长期居住人员可通过国家医保服务平台或“临江医保”小程序办理异地就医备案，备案后在定点医院可直接结算；未备案的费用可回参保地按规定报销，比例略低。',
  },
  {
    categoryCode: 'C050302',
    type: 'consult',
    title: '新生儿如何办理医保',
    content:
      '宝宝刚出生一个月，想给他办理城乡居民医保，请问需要准备什么材料？出生后多长时间内参保，出生时的住院费用可以报销？',
    reply:
      '经医疗保障局答复：新生儿凭出生医学证明即可办理居民医保参保登记，可在“临江医保”小程序或社区窗口办理。出生后90天内参保缴费的，自出生之日起的合规医疗费用可按规定报销。',
  },

  // 教育文体
  {
    categoryCode: 'C060101',
    type: 'consult',
    title: '小学入学划片咨询',
    content:
      '我家孩子今年满六周岁，户口在{district}，房子刚买在{community}，还没有办好不动产证，请问孩子应该在哪所学校报名？需要准备哪些材料？',
    reply:
      '经教育局答复：义务教育按户籍和房产划片入学，不动产证尚未办理的，可凭网签购房合同和契税完税凭证报名。学区划分及报名材料详见区教育局招生公告，报名时间为6月中下旬。',
  },
  {
    categoryCode: 'C060101',
    type: 'complaint',
    title: '随迁子女入学材料要求过多',
    content:
      '我们是外地来临江务工的，孩子要在{district}上小学，学校要求提供居住证、社保缴费证明、租房合同等一大堆材料，还要开各种证明，来回跑了好几趟都没办好。',
    reply:
      '教育局已核查，该校要求的部分证明材料超出招生政策规定，已责令学校按政策清单收取材料，取消额外证明。经协调，您孩子的入学申请已受理，学位已落实。',
  },
  {
    categoryCode: 'C060102',
    type: 'report',
    title: '居民楼内无证培训机构',
    content:
      '{district}{road}{number}号的居民楼里有一家没有办学许可证的培训机构，开设学科类培训班，每天晚上和周末上课，学生很多，消防通道也被堵住了，存在安全隐患。',
    reply:
      '教育局会同市场监管、消防等部门联合检查，确认该机构无证开展学科类培训，已依法责令停止办学并做好学员退费工作，相关线索已移交有关部门进一步处理。',
  },
  {
    categoryCode: 'C060201',
    type: 'suggestion',
    title: '建议在小区附近增设健身器材',
    content:
      '{community}周边没有公园和运动场所，老人只能在马路边散步，建议在小区附近的闲置空地上安装一些健身器材，建一个小型口袋公园，方便居民锻炼。',
    reply:
      '文化广电旅游局已会同{street}实地查看，拟利用小区南侧闲置地块建设口袋公园并配置健身器材10余件，已纳入今年全民健身设施补短板计划，预计年底前建成开放。',
  },
  {
    categoryCode: 'C060202',
    type: 'complaint',
    title: '景区变相强制消费',
    content:
      '国庆期间带家人去青山县一处景区游玩，不坐景区观光车就不让进核心区域，导游还带我们去指定商店购物，价格高得离谱，感觉被强制消费了。',
    reply:
      '文化广电旅游局已会同青山县相关部门调查，责令景区取消强制乘坐观光车的做法，对涉事导游和旅行社依法处理，并已协调为您退还观光车费用。',
  },

  // 商贸消费
  {
    categoryCode: 'C070101',
    type: 'complaint',
    title: '新买冰箱不制冷商家拒绝退换',
    content:
      '我上周在{road}一家家电卖场买了一台冰箱，用了三天就不制冷了，按规定七天内可以退换，但商家只同意维修，不给退换，请帮忙协调。',
    reply:
      '市场监督管理局已组织双方调解，依据三包规定，商家同意为消费者更换同型号新冰箱，并承担上门安装费用，消费者对处理结果表示满意。',
  },
  {
    categoryCode: 'C070102',
    type: 'complaint',
    title: '装修公司拖延工期',
    content:
      '我家和临江美居装饰工程有限公司签了装修合同，约定两个月完工，现在已经四个月了还没装完，工人经常不来，质量也有问题，要求退还部分款项被拒绝。',
    reply:
      '市场监督管理局已约谈该装修公司负责人，经调解双方达成协议：公司于一个月内完成剩余工程并整改质量问题，延误工期按合同约定赔偿违约金5000元。',
  },
  {
    categoryCode: 'C070103',
    type: 'help',
    title: '健身房停业预付卡无法退费',
    content:
      '我在{road}的一家健身房办了两年的会员卡，花了四千多元，才用了三个月，健身房就贴出通知说停业装修，之后再也没开门，电话也打不通，请求帮助退费。',
    reply:
      '市场监督管理局已立案调查，联系到健身房经营者并督促其制定退费方案，目前已与会员达成分期退费协议，首批退费已到账。涉嫌恶意卷款的线索已移送公安机关。',
  },
  {
    categoryCode: 'C070201',
    type: 'report',
    title: '超市标价与结算价不一致',
    content:
      '{district}{road}的一家大型超市，货架上鸡蛋标价每斤五块九，结账时却按七块八收费，问收银员说是标签没换，感觉是故意的，希望查处。',
    reply:
      '市场监督管理局已对该超市进行检查，查实存在多种商品标价与结算价不一致的价格违法行为，已依法立案处罚，并责令超市全面清查价签、退还消费者多收价款。',
  },
  {
    categoryCode: 'C070202',
    type: 'complaint',
    title: '小区停车费涨价未公示',
    content:
      '{community}物业突然把地面停车费从每月一百元涨到两百元，没有召开业主大会，也没有提前公示，业主都不同意，请问物业这样涨价合法吗？',
    reply:
      '市场监督管理局会同住建局核查，该小区停车收费调整未履行业主共同决定及公示程序，已责令物业暂停执行新标准、按原标准收费，并组织业主依法协商确定收费事宜。',
  },

  // 公共安全
  {
    categoryCode: 'C080101',
    type: 'report',
    title: '接到冒充电商客服的诈骗电话',
    content:
      '今天接到一个自称电商平台客服的电话，说我买的商品有质量问题要退款，让我下载会议软件共享屏幕，还要我提供银行卡验证码，我觉得是诈骗，特此举报。',
    reply:
      '公安局反诈中心已受理您的举报，相关号码已提交运营商封停。提醒市民：凡是要求共享屏幕、提供验证码、转账到“安全账户”的都是诈骗，请安装国家反诈中心APP。',
  },
  {
    categoryCode: 'C080102',
    type: 'complaint',
    title: '邻居家狗整夜狂叫且遛狗不牵绳',
    content:
      '{community}2栋有住户养了两条大型犬，每天晚上叫个不停，还经常不拴绳在小区里遛，已经吓到好几个小孩，和狗主人沟通过多次都不听，请求管理。',
    reply:
      '{street}派出所民警会同社区上门调查，其中一条为禁养犬只，已依法责令主人限期送离；另一条已督促主人办理养犬登记，要求文明遛犬、拴绳出行。社区将持续跟进。',
  },
  {
    categoryCode: 'C080201',
    type: 'report',
    title: '电动车楼道充电存在火灾隐患',
    content:
      '{community}7栋有好几户居民把电动车推进楼道里充电，还从家里拉电线出来，楼道里堆满杂物，一旦起火后果不堪设想，请相关部门来检查。',
    reply:
      '已联合消防救援部门、社区和物业开展检查，清理楼道内电动车和杂物，对相关住户进行消防安全教育。物业已在小区增设电动车集中充电桩30个，楼道充电现象已得到制止。',
  },
  {
    categoryCode: 'C080202',
    type: 'help',
    title: '暴雨后地下车库进水',
    content:
      '昨天夜里暴雨，{community}地下车库进水严重，水深已经超过半米，好多车被淹，物业的抽水设备不够用，请求水务部门支援抽排。',
    reply:
      '水务局接报后立即调派2台大功率移动泵车赶赴现场，协同物业连续抽排8小时，车库积水已全部排出。已督促物业完善车库入口挡水设施，汛期前完成排水泵检修。',
  },

  // 市场监管
  {
    categoryCode: 'C090101',
    type: 'complaint',
    title: '快餐店饭菜吃出异物',
    content:
      '今天中午在{road}的一家快餐店吃饭，米饭里吃出了一根头发和一只小虫子，后厨卫生看起来也很差，店家只说给我换一份，态度敷衍，希望监管部门检查。',
    reply:
      '市场监督管理局执法人员已对该快餐店进行现场检查，发现后厨环境卫生差、从业人员未规范穿戴工作衣帽等问题，已责令立即整改并给予警告处理，复查时已整改到位。',
  },
  {
    categoryCode: 'C090102',
    type: 'complaint',
    title: '农贸市场脏乱差',
    content:
      '{street}的农贸市场地面到处是污水和烂菜叶，活禽摊位就在熟食旁边，苍蝇很多，排水沟也是堵的，一到夏天臭味特别大，希望管理部门整治。',
    reply:
      '市场监督管理局已会同{street}约谈市场开办方，责令落实日常保洁，将活禽区与熟食区物理隔离并疏通排水沟。复查时市场环境明显改善，已纳入标准化市场改造计划。',
  },
  {
    categoryCode: 'C090102',
    type: 'report',
    title: '便利店销售过期牛奶',
    content:
      '我在{community}附近的一家便利店买了两盒牛奶，回家才发现已经过期一个星期了，货架上还有好几盒同样过期的，担心其他人误买，特此举报。',
    reply:
      '市场监督管理局执法人员当天到店检查，现场查获过期乳制品等食品12件，已依法下架封存并立案调查，责令店家依法赔偿消费者，并对辖区便利店开展专项检查。',
  },
  {
    categoryCode: 'C090103',
    type: 'report',
    title: '药店无处方销售处方药',
    content:
      '{road}的一家药店购买抗生素等处方药时不需要医生处方，店员直接就卖，也没有药师在场指导，这样不符合规定，担心有人滥用药物。',
    reply:
      '市场监督管理局已对该药店开展检查，查实其存在未凭处方销售处方药、执业药师不在岗等问题，已依法立案处罚并责令整改，同时对辖区零售药店开展专项检查。',
  },
  {
    categoryCode: 'C090201',
    type: 'complaint',
    title: '电动自行车电池鼓包商家不保修',
    content:
      '我在{road}一家车行买的电动自行车，用了不到半年电池就鼓包了，充电时还发烫，很怕会起火，商家说不属于质量问题不给保修，请问应该怎么处理？',
    reply:
      '市场监督管理局已委托检验机构对该电池进行检测，确认存在质量缺陷，商家已同意为消费者免费更换新电池。该批次产品信息已上报，将依法开展产品质量监督抽查。',
  },
  {
    categoryCode: 'C090202',
    type: 'complaint',
    title: '小区电梯频繁故障',
    content:
      '{community}9栋的电梯这个月已经坏了五次，上周还出现了突然下坠困人的情况，住户都不敢坐了，物业说等维保公司来修，一直拖着，请求督促。',
    reply:
      '市场监督管理局特种设备安全监察人员已到场检查，责令该电梯停止使用并由维保单位全面检修，更换老化的制动器部件，经检验合格后恢复运行，并督促物业申请维修资金更新改造。',
  },
  {
    categoryCode: 'C090301',
    type: 'report',
    title: '居民楼内无证食品小作坊',
    content:
      '{community}4栋一楼有住户把住房改成了小作坊，每天生产包子馒头往外批发，没有营业执照和相关许可，卫生条件很差，请相关部门查处。',
    reply:
      '市场监督管理局已会同街道到场检查，确认该作坊未取得营业执照和食品生产许可，已依法取缔并没收生产工具和原料，相关情况已告知社区持续关注。',
  },
  {
    categoryCode: 'C090302',
    type: 'report',
    title: '保健品讲座虚假宣传坑骗老人',
    content:
      '{community}附近有人每天组织老年人听健康讲座，送鸡蛋送礼品，然后推销所谓能治高血压糖尿病的保健品，一盒要上千元，很多老人上当，请相关部门查处。',
    reply:
      '市场监督管理局已对该场所突击检查，查实销售方存在夸大保健食品功效、虚假宣传等违法行为，已立案调查并查封涉案产品，同时会同社区开展防范老年人消费陷阱宣传。',
  },

  // 政务服务
  {
    categoryCode: 'C100101',
    type: 'consult',
    title: '开小饭馆需要办哪些证照',
    content:
      '我想在{road}开一家小面馆，请问办理个体工商户营业执照和食品经营许可证需要准备什么材料？能不能网上办理？大概多久能拿到证？',
    reply:
      '经政务服务和数据管理局答复：可通过“临江政务服务网”或市民中心综合窗口“一件事”联办，提交身份证明、经营场所证明等材料，执照和许可同步办理，资料齐全的3个工作日内办结。',
  },
  {
    categoryCode: 'C100102',
    type: 'complaint',
    title: '政务服务中心窗口人员态度差',
    content:
      '今天上午到{district}政务服务中心办理业务，排了一个小时队，轮到我时工作人员一直看手机，说话很不耐烦，缺什么材料也不一次性告知，让我来回跑了三趟。',
    reply:
      '政务服务和数据管理局已调取窗口监控核实，对涉事工作人员进行批评教育并扣减当月考核分，在全区重申一次性告知制度。已电话向您致歉，并协助您办结了业务。',
  },
  {
    categoryCode: 'C100102',
    type: 'praise',
    title: '表扬政务服务中心帮办代办服务',
    content:
      '我是残疾人，行动不便，需要办理一项证明，打电话到政务服务中心后，工作人员主动提供上门帮办服务，两天就把材料送到家里，服务特别贴心，特此表扬。',
    reply:
      '感谢您的肯定。我们已将您的表扬转达至相关窗口并予以通报表扬。今后将继续为老年人、残疾人等特殊群体提供帮办代办服务，让群众办事更加便捷。',
  },
  {
    categoryCode: 'C100201',
    type: 'consult',
    title: '新生儿怎么上户口',
    content:
      '孩子上个月在市妇幼保健院出生，我和爱人的户口都在{district}，请问给孩子上户口需要准备哪些材料，需要到派出所办理还是可以网上办？',
    reply:
      '经公安局答复：新生儿落户需提供出生医学证明、父母户口簿、居民身份证及结婚证，可在“临江公安”公众号线上申请，或到户籍所在地派出所办理，已实现出生“一件事”联办。',
  },
  {
    categoryCode: 'C100202',
    type: 'consult',
    title: '外省户籍能否在临江补办身份证',
    content:
      '我的身份证丢了，户口在外省，现在在{district}工作，请问能不能在临江直接补办身份证？需要多长时间，可以邮寄到家吗？',
    reply:
      '经公安局答复：居民身份证可在全国范围内异地受理补领，可携带户口簿或其他身份证明到就近派出所户籍窗口办理，一般20个工作日内制证完成，可选择邮寄送达。',
  },
  {
    categoryCode: 'C100301',
    type: 'praise',
    title: '感谢12345热线帮忙解决停水问题',
    content:
      '前段时间打12345反映{community}长期停水的问题，接线员耐心记录，第二天就有人上门处理，处理完还专门打电话回访，真正做到了有求必应，感谢12345热线。',
    reply:
      '感谢您对12345热线工作的认可与支持。我们将继续坚持“接诉即办”，不断提升服务质量和办理效率，也欢迎您继续对我们的工作提出宝贵意见。',
  },
  {
    categoryCode: 'C100301',
    type: 'suggestion',
    title: '建议热线增加方言服务',
    content:
      '我家老人只会说本地方言，打12345时经常和接线员沟通困难，建议热线增加方言坐席或者老年人专线，方便不会说普通话的老年人反映问题。',
    reply:
      '感谢您的建议。12345热线已开通老年人来电优先转人工服务，并安排熟悉本地方言的话务员组建专席，老年人来电可优先接入。我们将持续推进热线适老化改造。',
  },
  {
    categoryCode: 'C100302',
    type: 'complaint',
    title: '反映的问题多次未解决',
    content:
      '我从两个月前就开始反映{road}{number}号门前下水道反复堵塞的问题，每次回复都说已处理，但过几天又堵了，问题根本没有解决，请求督办。',
    reply:
      '热线中心已将该诉求列为重点督办件，组织水务、城管及{street}现场会商，决定对该段管道整体翻新改造。目前改造已完工，经一个月跟踪回访，未再出现堵塞。',
  },
];

// ---------------------------------------------------------------------------------------------
// Requests the grassroots handle (社区/村): the demo hands them down district → street →
// community (下派) and back up with the replies. `firstReply` is a reply too thin to pass: the
// street sends it back (审核退回) and `reply` is the one it approves. Same placeholders as above.

export interface DemoChainRequest {
  categoryCode: string;
  type: TicketType;
  title: string;
  content: string;
  firstReply: string;
  reply: string;
}

export const demoChainRequests: DemoChainRequest[] = [
  {
    categoryCode: 'C080201',
    type: 'report',
    title: '{community}楼道堆放杂物堵塞通道',
    content: '{street}{road}{number}号{community}3单元楼道里堆满了旧家具和纸箱，消防通道被堵，晚上楼道灯也不亮，万一着火根本跑不出去，希望社区督促清理。',
    firstReply: '已通知住户自行清理。',
    reply: '社区网格员会同物业上门核实，3单元楼道确有旧家具、纸箱等杂物堆放。已逐户沟通，杂物于次日全部清出，同时修复楼道灯2盏，并在单元门张贴消防通道禁止堆物提示，将纳入网格日常巡查。',
  },
  {
    categoryCode: 'C080102',
    type: 'complaint',
    title: '{community}有人遛狗不拴绳',
    content: '{community}小区里每天早晚都有几户人家遛狗不拴绳，大型犬在儿童游乐区跑来跑去，已经有小孩被吓哭，和狗主人说了也不听，希望有人管一管。',
    firstReply: '已在小区群里提醒。',
    reply: '社区联合物业和片区民警开展文明养犬劝导，找到反映的三户犬主当面告知养犬管理规定，均已承诺出户拴绳、避开儿童游乐区；物业在游乐区增设禁止遛犬标识，社区将在早晚高峰安排志愿者巡查。',
  },
  {
    categoryCode: 'C080201',
    type: 'report',
    title: '{community}电动车飞线充电',
    content: '{road}{community}2栋有住户从五楼窗口拉电线下来给电动车充电，电线就挂在一楼住户窗前，晚上还在充，下雨天特别危险，希望尽快处理。',
    firstReply: '已劝导。',
    reply: '社区网格员当晚到场核实，确有一户从五楼拉线充电。已当面劝导住户拆除飞线，现场拆除完毕；物业已在小区新增充电桩10个，社区将在楼栋张贴安全充电告知书并开展夜间巡查。',
  },
  {
    categoryCode: 'C040301',
    type: 'complaint',
    title: '{community}垃圾清运不及时',
    content: '{community}西门的垃圾站已经三天没人清运，垃圾堆到路边，天热臭气很大，还招来很多苍蝇老鼠，附近住户窗户都不敢开，请求尽快清运。',
    firstReply: '已联系环卫处理。',
    reply: '社区联系街道环卫所，当日下午清运垃圾约4车，对垃圾站周边进行了冲洗消杀。经查系清运车辆故障导致，环卫所已调配备用车辆，恢复每日两次清运，社区将每日检查垃圾站卫生。',
  },
  {
    categoryCode: 'C040102',
    type: 'complaint',
    title: '{community}广场舞音响声音太大',
    content: '{community}中心广场每天晚上七点到九点半跳广场舞，音响开得非常大，家里关着窗都听得很清楚，孩子没法写作业，希望协调降低音量、缩短时间。',
    firstReply: '已与广场舞队沟通。',
    reply: '社区召集广场舞队负责人和居民代表协商，约定音量控制在55分贝以内、晚上九点前结束，并将音响朝向调整为背对住宅楼；社区配发了分贝仪，由志愿者每周抽查，居民代表表示认可。',
  },
  {
    categoryCode: 'C010301',
    type: 'help',
    title: '{community}老楼屋顶漏水无人维修',
    content: '我住在{community}7栋顶楼，这是老小区没有物业，一下雨屋顶就漏水，墙面发霉，天花板的灰一块块往下掉，自己找不到人修，请求社区帮忙协调。',
    firstReply: '已转交房管部门。',
    reply: '社区上门查看后，协调街道使用老旧小区维修资金，安排施工队对7栋屋面进行防水翻修，已于上周完工，经雨后复查无渗漏；对室内受损墙面，社区已协助住户申请维修补助。',
  },
  {
    categoryCode: 'C040301',
    type: 'suggestion',
    title: '建议清理{community}闲置地块杂草',
    content: '{road}{community}北侧有一块闲置空地，杂草长得有一人高，里面还有人偷倒建筑垃圾，夏天蚊虫很多，建议社区组织清理，改造成小游园或停车位。',
    firstReply: '已记录建议。',
    reply: '社区组织志愿者和街道城管队清理杂草、清运建筑垃圾约6车，并在地块周边设置围挡和禁止倾倒标识。关于改造建议，已报街道纳入明年“口袋公园”建设计划，届时将征求居民意见。',
  },
  {
    categoryCode: 'C010103',
    type: 'help',
    title: '{community}化粪池外溢',
    content: '{community}4栋后面的化粪池满了往外溢，污水流到小区主路上，走路都要踮着脚，臭味很大，老人小孩进出很不方便，请尽快处理。',
    firstReply: '已通知清掏。',
    reply: '社区当日联系清掏单位，对4栋化粪池进行了抽排清掏，并冲洗了受污染路面。经查化粪池出水管堵塞，已一并疏通；社区已与清掏单位约定每季度定期清掏，避免再次外溢。',
  },
];

/**
 * Requests 12345 does not take (不予受理, 国办发〔2020〕53号): a few for the demo, each with the
 * reason an agent would record (src/domain/ticket-types.ts REFUSAL_REASONS) and, for 'other',
 * the note that explains it.
 */
export interface DemoRefusal {
  reason: RefusalReason;
  type: TicketType;
  categoryCode: string;
  title: string;
  content: string;
  note?: string;
}

export const demoRefusals: DemoRefusal[] = [
  {
    reason: 'litigation',
    type: 'help',
    categoryCode: 'C010302',
    title: '要求督促法院尽快审理购房纠纷',
    content: '我和{community}开发商的房屋买卖合同纠纷已经起诉到区人民法院，立案快三个月还没开庭，希望热线帮忙督促法院尽快审理。',
  },
  {
    reason: 'arbitration',
    type: 'help',
    categoryCode: 'C020102',
    title: '希望仲裁委尽快作出裁决',
    content: '我和原来的公司因为经济补偿金的问题申请了劳动仲裁，仲裁委已经受理，开完庭一个多月还没有结果，请热线帮忙催一下尽快裁决。',
  },
  {
    reason: 'disclosure',
    type: 'consult',
    categoryCode: 'C100101',
    title: '申请公开{road}拓宽工程征收补偿方案',
    content: '我家在{road}拓宽工程的征收范围内，想要该工程的征收补偿方案、补偿标准和评估报告的正式文件，请热线提供这些文件。',
  },
  {
    reason: 'petition',
    type: 'complaint',
    categoryCode: 'C010303',
    title: '{community}拆迁补偿问题',
    content: '关于{community}旧改拆迁的补偿问题，我已经向区信访局反映过，信访局也受理了，现在还没有答复，想通过热线再反映一次，要求重新处理。',
  },
  {
    reason: 'other',
    type: 'help',
    categoryCode: 'C010301',
    title: '要求查询邻居的联系方式',
    content: '楼上邻居家漏水把我家天花板泡坏了，一直找不到人，请热线帮我查一下楼上住户的手机号码和工作单位，我好直接联系他。',
    note: '涉及他人个人信息，热线不提供查询；已告知诉求人可由物业或社区居委会协助联系，漏水损失可协商或依法主张。',
  },
];

export const demoSurnames: string[] = [
  '王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周',
  '徐', '孙', '马', '朱', '胡', '郭', '何', '林', '高', '罗',
  '郑', '梁', '谢', '宋', '唐', '许', '韩', '冯', '邓', '曹',
];

export const demoGivenNames: string[] = [
  '伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '军', '洋',
  '勇', '艳', '杰', '娟', '涛', '明', '超', '华', '秀英', '建国',
  '志强', '秀兰', '海燕', '桂英', '丽娟', '晓东', '俊杰', '文博', '子涵', '雨桐',
  '欣怡', '浩然', '思远', '佳怡', '梓轩', '宇航', '晨曦', '建华', '玉兰', '国平',
];

export const demoRoadNames: string[] = [
  '滨江路', '建设大道', '人民路', '解放路', '中山路',
  '江北大道', '望江路', '文昌路', '学府路', '科创大道',
  '港城大道', '青山路', '白沙大道', '新华路', '南湖路',
  '龙舟路', '梅林路', '玉带路', '临港路', '东湖路',
  '云谷路', '和平路', '工业大道', '朝阳路', '胜利路',
];

export const demoCommunities: string[] = [
  '锦绣花园', '阳光小区', '滨江一号', '翠湖苑', '金色家园',
  '幸福里小区', '望江华府', '南湖新村', '和谐家园', '紫荆花园',
  '桂香苑', '书香门第', '恒安小区', '东湖雅居', '江畔人家',
  '枫林绿洲', '丽景湾', '梧桐苑', '钢厂宿舍', '文昌小区',
  '龙舟家园', '明珠花园', '春江花月', '青山名邸', '白沙新城',
];

// ---------------------------------------------------------------------------------------------

/** Replaces `{key}` placeholders with `values[key]`; placeholders with no value are left as they are. */
export function fillTemplate(text: string, values: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (whole, key: string) =>
    Object.prototype.hasOwnProperty.call(values, key) ? values[key] : whole,
  );
}
