/** @module The bilingual alias table's seed, as data. Ingest adds the pairs the reports state themselves. */

export type AliasKind = 'company' | 'product' | 'person' | 'term' | 'period';

export interface AliasEntry {
  /** Canonical id, used as the `@id` search term and in filters. */
  id: string;
  kind: AliasKind;
  names: string[];
  /** A narrower entity also counts as its parent (Alibaba Cloud is Alibaba). */
  parent?: string;
}

export const ALIAS_SEED: AliasEntry[] = [
  { id: 'alibaba', kind: 'company', names: ['Alibaba', 'Alibaba Group', '阿里巴巴', '阿里', '阿里巴巴集团'] },
  { id: 'alibaba-cloud', kind: 'company', parent: 'alibaba', names: ['Alibaba Cloud', 'AliCloud', 'Aliyun', '阿里云'] },
  { id: 'tencent', kind: 'company', names: ['Tencent', '腾讯'] },
  { id: 'tencent-cloud', kind: 'company', parent: 'tencent', names: ['Tencent Cloud', '腾讯云'] },
  { id: 'bytedance', kind: 'company', names: ['ByteDance', 'Bytedance', '字节跳动'] },
  { id: 'volcano-engine', kind: 'company', parent: 'bytedance', names: ['Volcano Engine', 'Volcanic Engine', '火山引擎'] },
  { id: 'baidu', kind: 'company', names: ['Baidu', '百度'] },
  { id: 'baidu-cloud', kind: 'company', parent: 'baidu', names: ['Baidu Intelligent Cloud', 'Baidu AI Cloud', 'Baidu Cloud', '百度智能云'] },
  { id: 'huawei', kind: 'company', names: ['Huawei', '华为'] },
  { id: 'huawei-cloud', kind: 'company', parent: 'huawei', names: ['Huawei Cloud', '华为云'] },
  { id: 'moonshot-ai', kind: 'company', names: ['Moonshot AI', 'Moonshot', 'Yuezhi Anmian', '月之暗面', 'Kimi'] },
  { id: 'zhipu-ai', kind: 'company', names: ['Zhipu AI', 'Zhipu', '智谱', '智谱AI', '智谱华章'] },
  { id: 'baichuan', kind: 'company', names: ['Baichuan Intelligence', 'Baichuan Intelligent', 'Baichuan', '百川智能', '百川'] },
  { id: 'minimax', kind: 'company', names: ['MiniMax', '稀宇科技'] },
  { id: '01-ai', kind: 'company', names: ['01.AI', 'Lingyiwanwu', '零一万物'] },
  { id: 'deepseek', kind: 'company', names: ['DeepSeek', '深度求索'] },
  { id: 'nvidia', kind: 'company', names: ['Nvidia', 'NVIDIA', '英伟达'] },
  { id: 'unitree', kind: 'company', names: ['Unitree', '宇树科技', '宇树'] },
  { id: 't-head', kind: 'company', parent: 'alibaba', names: ['T-Head Semiconductor', 'T-Head', '平头哥'] },
  { id: 'jd', kind: 'company', names: ['JD.com', '京东'] },
  { id: 'meituan', kind: 'company', names: ['Meituan', '美团'] },
  { id: 'microsoft', kind: 'company', names: ['Microsoft', '微软'] },
  { id: 'google', kind: 'company', names: ['Google', '谷歌'] },
  { id: 'amazon', kind: 'company', names: ['Amazon', 'AWS', '亚马逊'] },
  { id: 'openai', kind: 'company', names: ['OpenAI'] },
  { id: 'anthropic', kind: 'company', names: ['Anthropic'] },
  { id: 'doubao', kind: 'product', parent: 'bytedance', names: ['Doubao', '豆包'] },
  { id: 'yuanbao', kind: 'product', parent: 'tencent', names: ['Yuanbao', '元宝', '腾讯元宝'] },
  { id: 'qwen', kind: 'product', parent: 'alibaba', names: ['Qwen', 'Tongyi Qianwen', 'Tongyi', '通义千问', '通义'] },
  { id: 'hunyuan', kind: 'product', parent: 'tencent', names: ['Hunyuan', '混元'] },
  { id: 'ernie', kind: 'product', parent: 'baidu', names: ['ERNIE', 'Ernie Bot', 'Wenxin Yiyan', 'Wenxin', '文心一言', '文心'] },
  { id: 'wechat', kind: 'product', parent: 'tencent', names: ['WeChat', '微信'] },
  { id: 'wu-yongming', kind: 'person', names: ['Wu Yongming', 'Eddie Wu', '吴泳铭'] },
  { id: 'pony-ma', kind: 'person', names: ['Pony Ma', 'Ma Huateng', '马化腾'] },
  { id: 'jack-ma', kind: 'person', names: ['Jack Ma', 'Ma Yun', '马云'] },
  { id: 'liang-wenfeng', kind: 'person', names: ['Liang Wenfeng', '梁文锋'] },
  { id: 'robin-li', kind: 'person', names: ['Robin Li', '李彦宏'] },
  { id: 'capex', kind: 'term', names: ['capital expenditure', 'capital expenditures', 'capex', 'capital spending', '资本开支', '资本支出'] },
  { id: 'investment', kind: 'term', names: ['invest', 'invests', 'invested', 'investing', 'investment', 'investments', '投资', '投入'] },
  { id: 'revenue', kind: 'term', names: ['revenue', 'revenues', '营收', '收入'] },
  { id: 'valuation', kind: 'term', names: ['valuation', 'valued', '估值'] },
  { id: 'stake', kind: 'term', names: ['stake', 'equity', '股份', '股权'] },
  { id: 'employees', kind: 'term', names: ['employees', 'headcount', 'staff', 'workforce', '员工'] },
  { id: 'gpu', kind: 'term', names: ['GPU', 'GPUs', '显卡', 'graphics processors'] },
  { id: 'chip', kind: 'term', names: ['chip', 'chips', 'semiconductor', 'semiconductors', '芯片'] },
  { id: 'data-center', kind: 'term', names: ['data center', 'data centers', 'data centre', '数据中心'] },
  { id: 'cloud', kind: 'term', names: ['cloud computing', 'cloud', '云计算', '云'] },
  { id: 'large-model', kind: 'term', names: ['large model', 'large models', 'large language model', 'large language models', 'LLM', 'LLMs', '大模型'] },
  { id: 'customers', kind: 'term', names: ['customers', 'clients', 'customer', 'client', '客户'] },
  { id: 'q1', kind: 'period', names: ['Q1', 'first quarter', '第一季度', '一季度'] },
  { id: 'q2', kind: 'period', names: ['Q2', 'second quarter', '第二季度', '二季度'] },
  { id: 'q3', kind: 'period', names: ['Q3', 'third quarter', '第三季度', '三季度'] },
  { id: 'q4', kind: 'period', names: ['Q4', 'fourth quarter', '第四季度', '四季度'] },
  { id: 'three-years', kind: 'period', names: ['three years', 'next three years', '3 years', '三年', '未来三年'] },
];
