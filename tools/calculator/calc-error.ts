/** @module The calculator's one failure: a calculation_error naming the input field, mapped to a 400 at the HTTP edge. */
import { BaogaoError } from '../../core/index.js';

export const fail = (message: string, field = 'expression') => new BaogaoError('calculation_error', { message, field });
