/** @module The calculator's one failure: a calculation_error naming the input field, mapped to a 400 at the HTTP edge. */
import { BaogaoError } from '../../core/index.js';

export const fail = (message: string, field = 'expression') => new BaogaoError('calculation_error', { message, field });

/** A syntax error pointing at the character, counted from 1 as people do. */
export const syntaxError = (message: string, position: number) => fail(`${message} at position ${position + 1}`);
