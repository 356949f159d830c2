/**
 * @module `parseArgs` for commands whose text may begin with a minus: `calc "-1 + 2"` is an expression,
 * not an unknown option. Only `-x` / `--name` tokens are options; any other token starting with `-`
 * (a number, a bracket, a space) is positional, kept in its place among the positionals.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

const looksLikeOption = (token: string) => /^--?[A-Za-z]/.test(token);

export function parseCommandLine<O extends Options>(args: string[], options: O) {
  const flags: string[] = [];
  const positionals: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const token = args[i]!;
    if (token === '--') { positionals.push(...args.slice(i + 1)); break; }
    if (!looksLikeOption(token)) { positionals.push(token); continue; }
    const name = token.replace(/^--?/, '').split('=')[0]!;
    const spec = options[name];
    // A string option's value is the next token whatever it looks like (`--operand a=-5`, `--user "-x?"`).
    if (spec?.type === 'string' && !token.includes('=') && i + 1 < args.length) flags.push(`${token}=${args[++i]!}`);
    else flags.push(token);
  }
  const { values, tokens } = parseArgs({ args: flags, options, strict: true, allowPositionals: false, tokens: true });
  return { values, positionals, tokens };
}
