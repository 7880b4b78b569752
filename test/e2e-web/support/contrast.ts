import type { Page } from 'playwright-core';

/**
 * Contrast checks axe leaves undecided: axe files text it cannot judge (a ratio of 1:1, which it
 * takes for hidden text; a single letter such as a selected "P" mark; text in a top-layer dialog
 * over the page) as "incomplete", not as a violation. These walk the rendered page itself: each
 * visible text's colour against the backgrounds painted behind it (our CSS draws no background
 * images under text), and each focusable control's focus outline against what surrounds it.
 */
export interface ContrastProblem {
  readonly what: string;
  readonly ratio: number;
  readonly needed: number;
}

/** Runs in the page: every helper is inside so that it serialises. */
function measure(kind: 'text' | 'focus'): ContrastProblem[] {
  type Rgba = [number, number, number, number];
  const parse = (css: string): Rgba | null => {
    const m = /rgba?\(([\d.]+)(?:,\s*|\s+)([\d.]+)(?:,\s*|\s+)([\d.]+)(?:[,/]\s*([\d.]+))?\)/.exec(css);
    return m
      ? [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])]
      : null;
  };
  const over = (top: Rgba, under: Rgba): Rgba => {
    const a = top[3];
    return [0, 1, 2].map((i) => top[i]! * a + under[i]! * (1 - a)).concat(1) as Rgba;
  };
  const luminance = (c: Rgba): number => {
    const [r, g, b] = [c[0], c[1], c[2]].map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const ratio = (a: Rgba, b: Rgba): number => {
    const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return Math.round(((l1! + 0.05) / (l2! + 0.05)) * 100) / 100;
  };
  /** The colour painted behind `el`: its own and its ancestors' backgrounds, over white. */
  const backgrounds = new Map<Element, Rgba>();
  const background = (el: Element | null): Rgba => {
    const known = el ? backgrounds.get(el) : undefined;
    if (known) return known;
    const layers: Rgba[] = [];
    for (let node = el; node; node = node.parentElement) {
      const bg = parse(getComputedStyle(node).backgroundColor);
      if (bg && bg[3] > 0) layers.push(bg);
      if (bg && bg[3] >= 1) break;
    }
    const painted = layers.reduceRight<Rgba>((under, top) => over(top, under), [255, 255, 255, 1]);
    if (el) backgrounds.set(el, painted);
    return painted;
  };
  const opacities = new Map<Element, number>();
  const opacity = (el: Element | null): number => {
    if (!el) return 1;
    const known = opacities.get(el);
    if (known !== undefined) return known;
    const o = Number(getComputedStyle(el).opacity) * opacity(el.parentElement);
    opacities.set(el, o);
    return o;
  };
  const shown = (el: Element): boolean => {
    const r = el.getBoundingClientRect();
    const s = getComputedStyle(el);
    return (
      r.width > 1 &&
      r.height > 1 &&
      s.visibility !== 'hidden' &&
      !el.closest('[aria-hidden="true"], [inert]')
    );
  };
  const name = (el: Element): string =>
    `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${[...el.classList].join('.')} “${(el.textContent ?? '').trim().slice(0, 40)}”`;
  const modal = document.querySelector('dialog[open]');
  const scope = modal ?? document.body;
  const problems: ContrastProblem[] = [];
  if (kind === 'text') {
    for (const el of scope.querySelectorAll('*')) {
      if (el.closest('svg, option, [disabled], :disabled')) continue;
      const text = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent?.trim());
      if (!text || !shown(el)) continue;
      const s = getComputedStyle(el);
      const fg = parse(s.color);
      if (!fg) continue;
      const bg = background(el);
      const visible = over([fg[0], fg[1], fg[2], fg[3] * opacity(el)], bg);
      const size = parseFloat(s.fontSize);
      const large = size >= 24 || (size >= 18.66 && Number(s.fontWeight) >= 700);
      const needed = large ? 3 : 4.5;
      const r = ratio(visible, bg);
      if (r < needed) problems.push({ what: name(el), ratio: r, needed });
    }
  } else {
    const focusable =
      'a[href], button:not(:disabled), input:not(:disabled), select:not(:disabled), textarea:not(:disabled), summary, [tabindex]:not([tabindex="-1"])';
    // Controls styled alike in the same kind of place are checked once (a workbook has hundreds).
    const seen = new Set<string>();
    for (const el of scope.querySelectorAll<HTMLElement>(focusable)) {
      const parent = el.parentElement;
      const look = `${el.tagName}.${el.className}|${el.getAttribute('aria-checked')}|${parent?.tagName}.${parent?.className}|${parent?.parentElement?.className}`;
      if (seen.has(look)) continue;
      seen.add(look);
      if (!shown(el)) continue;
      el.focus({ preventScroll: true });
      if (document.activeElement !== el) continue;
      const s = getComputedStyle(el);
      const ring = parse(s.outlineColor);
      if (s.outlineStyle === 'none' || parseFloat(s.outlineWidth) < 2 || !ring) {
        problems.push({ what: `${name(el)}: no focus outline`, ratio: 0, needed: 3 });
        continue;
      }
      const behind =
        parseFloat(s.outlineOffset) < 0 ? background(el) : background(el.parentElement);
      const r = ratio(over(ring, behind), behind);
      if (r < 3) problems.push({ what: `${name(el)}: focus outline`, ratio: r, needed: 3 });
    }
  }
  return problems;
}

/** Text in the open dialog (or the page) whose contrast is below WCAG AA (4.5:1, large 3:1). */
export async function textContrastProblems(page: Page): Promise<ContrastProblem[]> {
  return page.evaluate(measure, 'text' as const);
}

/**
 * Focus outlines below 3:1 against what is behind them, or missing, in the open dialog (or the
 * page). Focuses each control in turn after one Tab (so `:focus-visible` applies), then puts
 * focus back where it was.
 */
export async function focusRingProblems(page: Page): Promise<ContrastProblem[]> {
  const before = await page.evaluateHandle(() => document.activeElement);
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  const problems = await page.evaluate(measure, 'focus' as const);
  await before.evaluate((el) => (el instanceof HTMLElement ? el.focus() : undefined));
  return problems;
}
