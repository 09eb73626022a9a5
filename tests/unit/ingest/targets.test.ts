import { describe, expect, test } from 'vitest';
import { chineseNumber, extractTargets } from '../../../scripts/ingest/targets.ts';

/** value, unit and comparator of every target read from `text`. */
const read = (text: string) =>
  extractTargets(text).map((t) => [t.comparator, t.value, t.unit] as const);

describe('comparators', () => {
  test.each([
    // max
    ['建设项目施工许可办理时间不超过12个工作日。', 'max', 12, '工作日'],
    ['社会投资项目审批时间压缩至25个工作日以内。', 'max', 25, '工作日'],
    ['不动产抵押登记办理时限缩短为1个工作日。', 'max', 1, '工作日'],
    ['用电报装环节减为3个。', 'max', 3, '个'],
    ['申请材料精简至5份。', 'max', 5, '份'],
    ['一般案件30日内办结。', 'max', 30, '日'],
    ['查验时间控制在2小时以内。', 'max', 2, '小时'],
    ['单户贴息补助上限20万元。', 'max', 20, '万元'],
    ['每家企业最高补助30万元。', 'max', 30, '万元'],
    ['PM2.5年均浓度不高于42微克/立方米。', 'max', 42, '微克/立方米'],
    ['项目审批用时压缩公告时间至10天。', 'max', 10, '天'],
    ['客户平均停电时间小于2小时。', 'max', 2, '小时'],
    // min
    ['政务服务事项网上可办率达到95%。', 'min', 95, '%'],
    ['90%以上的事项实现“一网通办”。', 'min', 90, '%'],
    ['全年新增市场主体2万户以上。', 'min', 2, '万户'],
    ['中小企业预留份额不低于40%。', 'min', 40, '%'],
    ['培训人数不少于5000人次。', 'min', 5000, '人次'],
    ['高新技术企业数量提高到1200家。', 'min', 1200, '家'],
    ['网上办理率达98%。', 'min', 98, '%'],
    // exact
    ['实现企业开办0费用。', 'exact', 0, '费用'],
    ['今年新建5G基站3000个。', 'exact', 3000, '个'],
    ['新增一证通办事项50项。', 'exact', 50, '项'],
    ['对获得国家级称号的企业给予一次性50万元奖励。', 'exact', 50, '万元'],
    ['按合同金额的5%给予补助。', 'exact', 5, '%'],
    ['将受理、审核环节合并为一个环节。', 'exact', 1, '环节'],
    ['贴息期限两年。', 'exact', 2, '年'],
    ['投标截止时间调整为不得少于20天。', 'min', 20, '天'],
    ['放款金额力争突破180亿元。', 'min', 180, '亿元'],
    ['物流成本降低50%以上。', 'min', 50, '%'],
    ['全年信贷增长1800亿元。', 'exact', 1800, '亿元'],
    ['年度对接融资规模达到30—35亿元。', 'min', 30, '亿元'],
    ['共享数据资源达200类。', 'min', 200, '类'],
    ['参与诚信创建企业超过1千家。', 'min', 1, '千家'],
    ['办理一般登记缩减至1个工作日。', 'max', 1, '工作日'],
  ])('%s → %s %s %s', (text, comparator, value, unit) => {
    expect(read(text)).toEqual([[comparator, value, unit]]);
  });

  test('a bare time is a limit', () => {
    expect(read('进口整体通关时间5小时，出口1小时。')).toEqual([
      ['max', 5, '小时'],
      ['max', 1, '小时'],
    ]);
  });

  test('bare numbers of a list take the unit written after the last', () => {
    expect(read('分别给予不低于500、1000、2000元的补贴。')).toEqual([
      ['min', 500, '元'],
      ['min', 1000, '元'],
      ['min', 2000, '元'],
    ]);
  });

  test('the comparator word nearest the number wins, and 不超过 is not read as 超过', () => {
    expect(read('资产总额由不低于4亿美元降为不低于2亿美元。')).toEqual([['min', 2, '亿美元']]);
    expect(read('办理时间不超过3个工作日，材料不超过2份。')).toEqual([
      ['max', 3, '工作日'],
      ['max', 2, '份'],
    ]);
  });
});

describe('numerals and units', () => {
  test.each([
    ['一', 1],
    ['两', 2],
    ['十', 10],
    ['十五', 15],
    ['二十一', 21],
    ['一百零五', 105],
    ['两千', 2000],
    ['三万', 30000],
    ['甲', NaN],
  ])('%s = %s', (s, n) => {
    expect(chineseNumber(s)).toBe(n);
  });

  test.each([
    ['企业开办实现一个工作日办结。', ['max', 1, '工作日']],
    ['水电气报装压减为两个环节。', ['max', 2, '环节']],
    ['登记时间压缩至三个工作日。', ['max', 3, '工作日']],
    ['审结期限缩短为十五天。', ['max', 15, '天']],
    ['办理时限压缩至0.5个工作日。', ['max', 0.5, '工作日']],
    ['办理时限压缩至３个工作日。', ['max', 3, '工作日']],
    ['事项办结率达到１００％。', ['min', 100, '%']],
    ['审批时间不超过5 个工作日。', ['max', 5, '工作日']],
    ['办理时间缩短至3个月。', ['max', 3, '月']],
    ['200个事项实现“掌上办”。', ['exact', 200, '事项']],
    ['新增健康驿站45个。', ['exact', 45, '个']],
    ['降低0.5个百分点。', ['exact', 0.5, '百分点']],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });

  test('Chinese numerals in set phrases are not read', () => {
    for (const text of [
      '推行一窗受理、一次办结。',
      '让群众只进一扇门、最多跑一次腿。',
      '依托两个一类口岸和三大平台。',
      '建设三平台、七体系。',
    ])
      expect(read(text), text).toEqual([]);
  });
});

describe('分别 lists', () => {
  test('one target per value, the unit written after the last applies to all, each with its scope', () => {
    const t = extractTargets('甲、乙、丙类纳税人退税办理时间分别压缩至3个、5个、7个工作日。');
    expect(t.map((x) => [x.comparator, x.value, x.unit, x.scope])).toEqual([
      ['max', 3, '工作日', '甲类纳税人'],
      ['max', 5, '工作日', '乙类纳税人'],
      ['max', 7, '工作日', '丙类纳税人'],
    ]);
  });
  test('amounts with their own units', () => {
    const t = extractTargets(
      '对主导制定国际标准、国家标准、行业标准的企业，分别给予30万元、20万元、10万元补助。',
    );
    expect(t.map((x) => [x.comparator, x.value, x.unit, x.scope])).toEqual([
      ['exact', 30, '万元', '国际标准'],
      ['exact', 20, '万元', '国家标准'],
      ['exact', 10, '万元', '行业标准'],
    ]);
  });
  test('one value after 分别 is one target', () => {
    expect(read('各部门分别在3天内完成审批。')).toEqual([['max', 3, '天']]);
  });
});

describe('baselines', () => {
  test.each([
    ['发明专利审查周期由22个月缩短为16个月。', 16, '月', { value: 22, unit: '月' }],
    ['获得电力时间从40天压缩至15天。', 15, '天', { value: 40, unit: '天' }],
    ['由原来的5个环节减为2个环节。', 2, '环节', { value: 5, unit: '环节' }],
    ['办电环节由4个减为2个环节。', 2, '环节', { value: 4, unit: '环节' }],
  ])('%s', (text, value, unit, baseline) => {
    const t = extractTargets(text);
    expect(t).toHaveLength(1);
    expect(t[0]).toMatchObject({ comparator: 'max', value, unit, baseline });
    expect(text.slice(t[0]!.start, t[0]!.start + t[0]!.text.length)).toBe(t[0]!.text);
    expect(t[0]!.text.startsWith('由') || t[0]!.text.startsWith('从')).toBe(true);
  });
  test('a baseline in an earlier clause of the sentence', () => {
    const [t, ...rest] = extractTargets(
      '等标期由之前的不得少于25天，缩短5天，调整为不得少于20天。',
    ).filter((x) => x.value === 20);
    expect(rest).toEqual([]);
    expect(t).toMatchObject({ comparator: 'min', value: 20, baseline: { value: 25, unit: '天' } });
  });
  test('no baseline where none is stated', () => {
    expect(extractTargets('时限压缩至3个工作日。')[0]!.baseline).toBeNull();
  });
});

describe('not targets', () => {
  test.each([
    ['deadline', '2023年6月底前完成系统建设。'],
    ['date', '2020年12月31日前把案件审结。'],
    ['programme years', '实施2021—2023年职业技能提升行动。'],
    ['year reached by', '到2025年底建成智慧平台。'],
    ['document code', '根据《关于推进改革的意见》（国办发〔2022〕30号）精神。'],
    ['title', '出台《优化营商环境三年行动计划》。'],
    ['version', '制定改革方案2.0版。'],
    ['name with a number', '推进5G网络和PM2.5治理。'],
    ['quoted model', '推行“11000”办电模式和“1+22”政策。'],
    ['quoted slogan', '推进“最多跑一次”“3550”改革。'],
    ['voltage scope', '400伏及以下低压电力工程免于办理许可。'],
    ['length scope', '150米及以下的接入项目免于审批。'],
    ['within scope', '开挖长度在500米以内的工程采用备案制。'],
    ['class scope', '管理类别三类以上出口企业实现无纸化申报。'],
    ['size scope', '66人以上超大班额彻底消除。'],
    ['amount scope', '罚没款3000元以下的处罚信息不予公示。'],
    ['threshold for whom', '对年营业收入超过1亿元的企业给予奖励。'],
    ['specification', '10千伏单电源客户接入。'],
    ['what exists', '全市现有12个开发区。'],
    ['count of a list just named', '推进膳食、健身等19项专项行动。'],
    ['steps merged', '将登记、刻章、申领发票3个环节整合为“一件事”。'],
    ['ordinal', '公布第3批试点名单。'],
    ['condition', '用电负荷达到变电站30%负载率以上，符合规定的可提前建设。'],
    ['period before', '申请前一年资产总额。'],
    ['age of cases', '把三年以上未结案件全部审结。'],
    [
      'size with a comparator that defines a class',
      '总建筑面积不大于10000平方米的小型工业项目免于审查。',
    ],
    ['weight scope', '对4.5吨以下货车放宽通行。'],
    ['edge of a threshold', '投资额在100万元以下（含100万元）的工程无需办理施工许可。'],
    ['opening hours', '推广24小时自助服务，实现每周7天“不打烊”。'],
    ['a condition of time', '从事工作满2年后给予奖励。'],
    ['a model named by a time', '构建城市15分钟“养老服务圈”。'],
    ['a programme named by its years', '实施养老服务提质升级三年行动。'],
    ['a count of the things listed', '联合验收包括规划核实、消防验收、竣工备案3个事项。'],
    ['a range with no comparator', '实行1-1.25倍的差异化补助。'],
    ['a division into kinds', '将市场主体分为4类实施监管。'],
    ['numbers run together by dots', '分别给予1000.2000.3000元补贴。'],
    ['a version number', '推广3.0.1版系统。'],
  ])('%s: %s', (_why, text) => {
    expect(read(text)).toEqual([]);
  });

  test('names listed with their own numbers are targets, not a count of the list', () => {
    expect(read('新增幼儿园学位1400个、中小学学位8900个。')).toEqual([
      ['exact', 1400, '个'],
      ['exact', 8900, '个'],
    ]);
  });

  test('inside an item, the scope threshold is left and the level kept', () => {
    expect(read('56人以上大班额比例不超过10%。')).toEqual([['max', 10, '%']]);
    expect(read('10千伏客户办电时间不超过15个工作日。')).toEqual([['max', 15, '工作日']]);
  });
});

describe('words and places', () => {
  test('text is the exact words at start', () => {
    const text =
      '优化报装流程。低压客户办电时间不超过5个工作日，资料精简至2项，平均停电时间小于1小时。';
    for (const t of extractTargets(text)) {
      expect(text.slice(t.start, t.start + t.text.length)).toBe(t.text);
    }
    expect(extractTargets(text).map((t) => t.text)).toEqual([
      '不超过5个工作日',
      '精简至2项',
      '小于1小时',
    ]);
  });
  test('a level in the headline restated in the body is one target', () => {
    expect(read('探索一个工作日办结。实现企业开办一个工作日完成。')).toEqual([
      ['max', 1, '工作日'],
    ]);
  });
  test('the same level for two scopes stays two targets', () => {
    expect(read('报告书项目技术审查5个工作日；报告表项目技术审查5个工作日。')).toHaveLength(2);
  });
  test('measure and scope are read from the clause', () => {
    const [t] = extractTargets('编制报告书的项目审批时间压缩至15个工作日。');
    expect(t).toMatchObject({ measure: '审批时间', scope: '编制报告书的项目' });
  });
  test('a bare 时限 or 资料 belongs to the subject named earlier in the sentence', () => {
    const t = extractTargets('用水报装减为2个环节，时限压缩至3个工作日，资料精简至1项。');
    expect(t.map((x) => [x.measure, x.scope])).toEqual([
      ['用水报装', null],
      ['时限', '用水报装'],
      ['资料', '用水报装'],
    ]);
  });
  test('the action in the next clause, when the time limit ends its own', () => {
    const [t] = extractTargets('税务机关应当在10个工作日内，向管理人申报所欠税款。');
    expect(t).toMatchObject({ measure: '向管理人申报所欠税款', value: 10 });
  });
  test('the action after a time limit is what it measures', () => {
    const [t] = extractTargets('对与案件无关的财物，应当在查明后3日内解除查封措施。');
    expect(t).toMatchObject({ measure: '解除查封措施', scope: '与案件无关的财物' });
  });
  test('empty and number-free text give no targets', () => {
    expect(extractTargets('')).toEqual([]);
    expect(extractTargets('持续优化营商环境。')).toEqual([]);
  });
});

describe('on every plan of the library', () => {
  test('each target’s words stand at its offset, with a finite value and a unit', async () => {
    const { readdirSync } = await import('node:fs');
    const { resolve } = await import('node:path');
    const { ingestFile } = await import('../../../scripts/ingest/cli.ts');
    const seeds = resolve(import.meta.dirname, '../../../seeds');
    let count = 0;
    for (const place of readdirSync(seeds)) {
      for (const file of readdirSync(resolve(seeds, place)).filter((f) => f.endsWith('.txt'))) {
        const { model } = ingestFile(resolve(seeds, place, file));
        for (const item of model.items) {
          for (const t of item.targets) {
            const text =
              t.subitem === null
                ? item.text
                : item.subitems.find((s) => s.label === t.subitem)!.text;
            expect(text.slice(t.start, t.start + t.text.length), `${place} ${item.number}`).toBe(
              t.text,
            );
            expect(Number.isFinite(t.value)).toBe(true);
            expect(t.unit.length).toBeGreaterThan(0);
            expect(t.measure.length).toBeGreaterThan(0);
            count++;
          }
        }
      }
    }
    expect(count).toBeGreaterThan(60);
  });

  test('hostile text gives no error and no target out of place', () => {
    const texts = [
      '“'.repeat(50) + '不超过5天',
      '由由由从从3个月缩短为缩短为',
      '分别分别、、、2个、',
      '0'.repeat(400) + '个工作日',
      '不超过不超过不超过',
      '1.2.3.4天、5—、6～7%',
      '（含（不含100万元）',
    ];
    for (const text of texts) {
      for (const t of extractTargets(text)) {
        expect(text.slice(t.start, t.start + t.text.length)).toBe(t.text);
        expect(Number.isFinite(t.value)).toBe(true);
      }
    }
  });
});
