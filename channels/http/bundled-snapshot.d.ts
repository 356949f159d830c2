/** The index snapshot, bundled by wrangler as text (see [[rules]] in wrangler.toml). */
declare module '*.snapshot' {
  const text: string;
  export default text;
}
