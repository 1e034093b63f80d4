// Small DOM helpers. Text always goes in through textContent, never innerHTML: customers write what they like.

export const $ = <T extends HTMLElement = HTMLElement>(id: string): T => {
  const element = document.getElementById(id);
  if (!element) throw new Error(`#${id} is missing from index.html`);
  return element as T;
};

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string | null, className?: string): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (text) element.textContent = text;
  if (className) element.className = className;
  return element;
}

export function minutes(seconds: number): string {
  return seconds < 60 ? `${seconds}s` : `${Math.floor(seconds / 60)} min`;
}

export const reasons: Record<string, string> = {
  'customer-request': '客户要求 Customer asked',
  'bot-not-understood': '机器人未理解 Bot did not understand',
  'low-survey-score': '回访低分 Low survey score',
  'major-complaint': '重大投诉 Major complaint',
  'survey.low-score': '回访低分 Low survey score',
  'picked-by-agent': '坐席接管 Picked by an agent',
};
