/**
 * Chinese name parts for demo institutions and villages. Names are invented from common parts and
 * only need to look plausible; uniqueness within a county is enforced by `NameBook`.
 */
import type { Rng } from './rng.ts';

const SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '赵',
  '黄',
  '周',
  '吴',
  '徐',
  '孙',
  '胡',
  '朱',
  '高',
  '郭',
  '马',
  '梁',
  '宋',
  '郑',
  '韩',
  '唐',
  '冯',
  '于',
  '董',
  '程',
  '曹',
  '袁',
  '许',
  '沈',
  '彭',
  '吕',
  '苏',
  '卢',
  '蒋',
  '贾',
  '丁',
  '魏',
  '薛',
  '孔',
  '颜',
  '孟',
  '曲',
  '岳',
  '常',
  '侯',
  '牛',
  '田',
  '闫',
  '石',
  '姜',
  '邢',
  '焦',
  '尹',
];
const NATURE = [
  '柳',
  '杨',
  '槐',
  '杏',
  '桃',
  '枣',
  '梨',
  '石',
  '河',
  '湖',
  '泉',
  '山',
  '龙',
  '凤',
  '白',
  '青',
];
const VILLAGE_SUFFIXES = [
  '庄',
  '楼',
  '集',
  '屯',
  '营',
  '寨',
  '店',
  '桥',
  '洼',
  '庙',
  '口',
  '坊',
  '家村',
  '官庄',
  '家庄',
  '堂',
  '岗',
  '园',
];
const NATURE_SUFFIXES = ['林', '园', '沟', '湾', '峪', '坡', '庄', '泉'];
const VILLAGE_PREFIXES = ['东', '西', '南', '北', '前', '后', '大', '小', '新', '老', '上', '下'];

/** Urban place-style words for community kindergartens and city schools. */
export const URBAN_PLACES = [
  '翰林',
  '文昌',
  '东关',
  '西关',
  '南关',
  '北关',
  '新城',
  '滨河',
  '康桥',
  '运河',
  '明珠',
  '锦绣',
  '和平',
  '建设',
  '红星',
  '幸福',
  '光明',
  '东方',
  '南池',
  '青年',
  '科苑',
  '世纪',
  '华城',
  '龙城',
  '府河',
  '书香',
  '汇文',
  '崇文',
  '尚贤',
  '杏坛',
  '春晖',
  '凤凰',
  '金城',
  '银河',
  '阳光',
  '紫薇',
  '海棠',
  '樱花',
  '梧桐',
  '香榭',
  '御景',
  '湖畔',
  '北湖',
  '南湖',
  '西城',
  '东城',
  '北城',
  '南城',
  '站前',
  '铁西',
  '振兴',
  '复兴',
  '育英',
  '翠微',
  '万象',
  '锦华',
];

/** Brand-style words for private kindergartens. */
export const KG_BRANDS = [
  '小太阳',
  '金色童年',
  '启明星',
  '蓝天',
  '小天鹅',
  '七彩',
  '贝贝',
  '童心',
  '爱心',
  '新星',
  '晨曦',
  '彩虹',
  '快乐宝贝',
  '向日葵',
  '小精灵',
  '未来星',
  '小博士',
  '乐乐',
  '星辰',
  '小红帽',
  '蒲公英',
  '春蕾',
  '苗苗',
  '童乐',
  '亲亲',
  '卓越',
  '艺术',
  '双语',
  '小状元',
  '金太阳',
  '小白鸽',
  '天使',
  '蓓蕾',
  '智慧树',
  '哈佛星',
  '童年',
];

/** Brand-style words for private schools. */
export const SCHOOL_BRANDS = [
  '育才',
  '英才',
  '博文',
  '启航',
  '华英',
  '圣贤',
  '明德',
  '致远',
  '弘毅',
  '求实',
  '新世纪',
  '德润',
  '培英',
  '立德',
];

const SUBJECTS = [
  '语文',
  '数学',
  '英语',
  '物理',
  '化学',
  '生物',
  '历史',
  '地理',
  '思想政治',
  '信息技术',
  '通用技术',
  '艺术',
  '体育',
];

export function subjectPool(): string[] {
  return SUBJECTS.slice();
}

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 35 → 三十五 (1–99). */
export function chineseNumber(n: number): string {
  if (n < 10) return DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]!}十${ones === 0 ? '' : DIGITS[ones]!}`;
}

export function inventVillageName(rng: Rng): string {
  const r = rng.float();
  if (r < 0.12) return `${rng.pick(NATURE)}${rng.pick(NATURE_SUFFIXES)}`;
  const core = `${rng.pick(SURNAMES)}${rng.pick(VILLAGE_SUFFIXES)}`;
  if (r < 0.4 && core.length === 2) return `${rng.pick(VILLAGE_PREFIXES)}${core}`;
  return core;
}

/** Keeps names unique within one county. */
export class NameBook {
  private readonly used = new Set<string>();
  private readonly villages = new Set<string>();
  private readonly counters = new Map<string, number>();

  has(name: string): boolean {
    return this.used.has(name);
  }

  /** Takes the first free candidate; if all are taken, the first with a numeric suffix. */
  claim(candidates: readonly string[]): string {
    for (const c of candidates) {
      if (!this.used.has(c)) {
        this.used.add(c);
        return c;
      }
    }
    const base = candidates[0] ?? '学校';
    const cut = base.search(/(幼儿园|小学|中学|学校)/);
    const head = cut > 0 ? base.slice(0, cut) : base;
    const tail = cut > 0 ? base.slice(cut) : '';
    for (let i = 2; i < 100; i++) {
      const c = `${head}第${chineseNumber(i)}${tail}`;
      if (!this.used.has(c)) {
        this.used.add(c);
        return c;
      }
    }
    for (let i = 1; ; i++) {
      const c = `${head}${chineseNumber(Math.floor(i / 99) + 1)}分${chineseNumber((i % 99) + 1)}${tail}`;
      if (!this.used.has(c)) {
        this.used.add(c);
        return c;
      }
    }
  }

  /** A village name not used before in this county. */
  village(rng: Rng): string {
    for (let i = 0; i < 200; i++) {
      const v = inventVillageName(rng);
      if (!this.villages.has(v)) {
        this.villages.add(v);
        return v;
      }
    }
    const v = `${inventVillageName(rng)}${this.villages.size}`;
    this.villages.add(v);
    return v;
  }

  /** Next ordinal for a numbered series, e.g. "第N中学" shared by junior and senior schools. */
  next(series: string): number {
    const n = (this.counters.get(series) ?? 0) + 1;
    this.counters.set(series, n);
    return n;
  }
}
