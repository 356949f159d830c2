/** @module Page chrome as data: lines that belong to the web page, not the report. */

export type ChromeKind =
  | 'audio-player' | 'paywall' | 'subscribe' | 'share' | 'ai-notice' | 'podcast' | 'image-credit'
  | 'copyright' | 'breadcrumb' | 'navigation' | 'separator' | 'translation-notice' | 'disclaimer';

export interface ChromeRule {
  kind: ChromeKind;
  pattern: RegExp;
  /** Lines after the match that belong to the same widget (a podcast teaser's title). */
  dropNext?: number;
}

/** Matched against a whole trimmed line. Add a pattern here, never a per-file branch in code. */
export const CHROME_RULES: ChromeRule[] = [
  { kind: 'audio-player', pattern: /^\d{1,2}:\d{2}(?:\s*\/\s*\d{1,2}:\d{2})?$/ },
  { kind: 'audio-player', pattern: /^Listen to (?:this )?article\b.*$/i },
  { kind: 'image-credit', pattern: /^loadingImg$/i },
  { kind: 'paywall', pattern: /^You['’]ve accessed an article available only to subscribers\.?$/i },
  { kind: 'subscribe', pattern: /^(?:VIEW OPTIONS|SUBSCRIBE NOW|Subscribe to unlock\b.*|Subscribe (?:now|today)\b.*|订阅.*解锁.*)$/i },
  { kind: 'share', pattern: /^(?:Share this article|Share|Open WeChat and scan the QR code.*|扫码分享.*|分享到.*)$/i },
  { kind: 'ai-notice', pattern: /^AI generated, for reference only\.?$/i },
  { kind: 'translation-notice', pattern: /^This article was translated from \w+ using AI\b.*$/i },
  { kind: 'disclaimer', pattern: /^Disclaimer$/i, dropNext: 1 },
  { kind: 'podcast', pattern: /^PODCAST$/i, dropNext: 1 },
  { kind: 'image-credit', pattern: /^(?:Photo|Image|Picture)s? (?:from|by|source|credit)\b.*$/i },
  { kind: 'image-credit', pattern: /^(?:Image|Photo) source\s*[/:|].*$/i },
  { kind: 'image-credit', pattern: /^(?:图片来源|图源|摄影)[:：|/].*$/ },
  { kind: 'image-credit', pattern: /^▲.*$/ },
  { kind: 'copyright', pattern: /^(?:Solemnly declare|Copyright ©|©|All rights reserved|版权声明|免责声明).*$/i },
  // Unanchored on purpose, and without `.*` around it: a leading `.*` made `test` quadratic in the line length.
  { kind: 'copyright', pattern: /copyright of this article belongs to/i },
  { kind: 'breadcrumb', pattern: /^Home(?:Article|News|Tech|Business)+$/ },
  { kind: 'breadcrumb', pattern: /^Home\s*[>›/]\s*.*$/i },
  { kind: 'navigation', pattern: /^(?:DIGEST HUB|Digest Hub Back|Back to top|Read more|Related articles?)$/i },
  { kind: 'separator', pattern: /^-[\p{L}\s]+-\d+$/u },
];

/** Lines with no letter, digit or Han character ("-", "***") carry nothing. */
export function isBareSeparator(line: string): boolean {
  return !/[\p{L}\p{N}]/u.test(line);
}
