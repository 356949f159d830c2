import { describe, expect, it } from 'vitest';
import { describedMembers, kindOfMember } from './member-kinds.js';

describe('what a sentence says each named organisation is', () => {
  it('reads an apposition, a copula, an industry and a list noun', () => {
    expect(kindOfMember('OPPO', 'OPPO, a prominent Chinese smartphone manufacturer, is among the key clients.')).toMatchObject({ kind: 'prominent Chinese smartphone manufacturer', by: 'apposition' });
    expect(kindOfMember('Transsion', 'Transsion is a mobile phone manufacturer that uses AI.')).toMatchObject({ kind: expect.stringMatching(/^mobile phone manufacturer/), by: 'copula' });
    expect(kindOfMember('China Unicom', 'China Unicom is mentioned as one of the major clients of Alibaba Cloud.')).toMatchObject({ kind: expect.stringMatching(/^major clients/), by: 'copula' });
    expect(kindOfMember('BYD', 'In June, BYD, the electric vehicle giant, placed an order.')).toMatchObject({ kind: 'electric vehicle giant' });
    expect(kindOfMember('Honor', 'They reach the mobile phone industry through cooperation with Honor.')).toMatchObject({ by: 'industry' });
    expect(kindOfMember('Geely', 'It is used in automobile enterprises such as FAW, BYD, Geely and NIO.')).toMatchObject({ kind: 'in automobile enterprises', by: 'enumeration' });
    expect(kindOfMember('BMW', 'The article mentions that BMW is a client of Alibaba Cloud.')).toMatchObject({ kind: expect.stringMatching(/^client of/), by: 'copula' });
  });

  it('prefers what the sentence says of the member itself over a list it stands in, and takes no pronoun for a name', () => {
    expect(kindOfMember('Kunlun', 'Kunlun, a chip designer, sits among makers such as Kunlun and Hygon.')?.by).toBe('apposition');
    expect(describedMembers('It is one of the "six small tigers" of AI large models.')).toEqual([]);
    expect(describedMembers('This is a big deal for the company.')).toEqual([]);
    expect(describedMembers('Notably, Baidu is a cloud provider.').map((member) => member.name)).not.toContain('Notably');
    expect(kindOfMember('Geely', 'It is used in automobile enterprises such as FAW, Geely and NIO.')?.by).toBe('enumeration');
    expect(kindOfMember('Tencent', 'Alibaba invested heavily in 2024.')).toBeUndefined();
  });
});
