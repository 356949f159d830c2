import { createMemoryStore } from '../index/index.js';
import { runStoreContract } from './contracts/store-contract.js';

runStoreContract('memory', createMemoryStore);
