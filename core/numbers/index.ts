export { Decimal, scaled } from './decimal.js';
export { parseQuantities, parseQuantity } from './parse-quantities.js';
export { formatEnglish, formatChinese, type FormatOptions } from './format-quantity.js';
export { sameAmount, type Comparable } from './compare-quantities.js';
export { isMeasure, type Quantity, type QuantityUnit } from './quantity.js';
export type { Currency, Qualifier } from './vocabulary.js';
export { readTypedFigure, type TypedFigure, type ReadTypedFigureOptions } from './read-typed-figure.js';
export { smallNumber } from './small-number.js';
export { chineseShares } from './chinese-shares.js';
