import { describe, expect, test } from 'vitest';
import {
  canonicalName,
  kindOf,
  resolveDepartments,
  slugify,
  uniqueSlugs,
} from '../../../scripts/ingest/departments.ts';

describe('departments', () => {
  test('a trailing second name in brackets is an alias of the first', () => {
    expect(canonicalName('市市场监管局（市知识产权局）')).toBe('市市场监管局');
    expect(canonicalName('各县（市）区')).toBe('各县（市）区');
    const { departments } = resolveDepartments([
      '市市场监管局（市知识产权局）',
      '市市场监管局',
      '市金融局',
    ]);
    expect(departments.map((d) => [d.name, d.aliases])).toEqual([
      ['市金融局', []],
      ['市市场监管局', ['市市场监管局（市知识产权局）']],
    ]);
  });
  test.each([
    ['市税务局', 'central-provincial'],
    ['金水海关', 'central-provincial'],
    ['人行郑州中心支行', 'central-provincial'],
    ['市气象局', 'central-provincial'],
    ['市法院', 'court-procuratorate'],
    ['市检察院', 'court-procuratorate'],
    ['郑州供电公司', 'enterprise'],
    ['供水供气供暖企业', 'enterprise'],
    ['各相关金融机构', 'enterprise'],
    ['郑州航空港区', 'district-zone'],
    ['自贸区郑州片区', 'district-zone'],
    ['金水区', 'district-zone'],
    ['各开发区', 'district-zone'],
    ['各县（市）区', 'district-zone'],
    ['各区人民政府', 'district-zone'],
    ['各审批职能部门', 'collective'],
    ['市级各相关职能部门', 'collective'],
    ['“一件事”涉及部门', 'collective'],
    ['郑州市各预算单位', 'collective'],
    ['市发展改革委', 'party-government'],
    ['市社保中心', 'party-government'],
    ['市委组织部', 'party-government'],
  ])('%s is %s', (name, kind) => {
    expect(kindOf(name)).toBe(kind);
  });
  test.each([
    ['市市场监管局', 'shi-shi-chang-jian-guan-ju'],
    ['人行郑州中心支行', 'ren-hang-zheng-zhou-zhong-xin-zhi-hang'],
    ['各县（市）区', 'ge-xian-shi-qu'],
    ['“一件事”涉及部门', 'yi-jian-shi-she-ji-bu-men'],
    ['市文化广电和旅游局', 'shi-wen-hua-guang-dian-he-lv-you-ju'],
    ['APEC商务中心', 'apec-shang-wu-zhong-xin'],
  ])('slug of %s', (name, slug) => {
    expect(slugify(name)).toBe(slug);
    expect(slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });
  test('colliding slugs get -2, -3 in code-point order, whatever order the names come in', () => {
    const a = uniqueSlugs(['市公安局', '市供暖局', '市攻安局']);
    const b = uniqueSlugs(['市攻安局', '市公安局', '市供暖局']);
    expect([...a].sort()).toEqual([...b].sort());
    expect(new Set(a.values()).size).toBe(3);
    expect(a.get('市公安局')).toBe('shi-gong-an-ju');
  });
});
