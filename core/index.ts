export * from './errors.js';
export * from './config.js';
export * from './lang.js';
export * from './types.js';
export * from './numbers/index.js';
export * from './hash.js';
