// The browser build's stand-in for WeChat's subscription prompt: the same choices (each template,
// 允许 / 取消, "总是保持以上选择，不再询问") and the same answer shape, so the whole path can be tried in
// a browser. Kept choices make later prompts silent, as in WeChat; each silent accept still counts.
import type { SubscribeChoice } from '@domain/subscription-ledger';
import { templateById } from '@domain/subscription-templates';
import { KEPT_CHOICES_KEY } from './subscribe-kept';

export type SubscribeAnswer = { errMsg: string } & Record<string, SubscribeChoice | string>;

function keptChoices(): Record<string, SubscribeChoice> {
  try {
    return (JSON.parse(window.localStorage.getItem(KEPT_CHOICES_KEY) ?? '{}') as Record<string, SubscribeChoice>) ?? {};
  } catch {
    return {};
  }
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string) {
  const node = document.createElement(tag);
  node.className = className;
  if (text) node.textContent = text;
  return node;
}

export function askInBrowser(tmplIds: string[]): Promise<SubscribeAnswer> {
  const kept = keptChoices();
  if (tmplIds.every((id) => kept[id])) {
    return Promise.resolve({
      errMsg: 'requestSubscribeMessage:ok',
      ...Object.fromEntries(tmplIds.map((id) => [id, kept[id]])),
    });
  }
  return new Promise((resolve) => {
    const overlay = element('div', 'subscribe-dialog');
    overlay.id = 'subscribe-dialog';
    const panel = element('div', 'subscribe-dialog__panel');
    panel.appendChild(element('div', 'subscribe-dialog__title', '「物业服务台」申请向你发送以下消息'));
    const boxes = tmplIds.map((id) => {
      const row = element('label', 'subscribe-dialog__item');
      const box = element('input', 'subscribe-dialog__check');
      box.type = 'checkbox';
      box.checked = true;
      box.dataset.template = id;
      row.append(box, document.createTextNode(templateById(id)?.title ?? id));
      panel.appendChild(row);
      return box;
    });
    const alwaysRow = element('label', 'subscribe-dialog__always');
    const always = element('input', '');
    always.type = 'checkbox';
    always.id = 'subscribe-always';
    alwaysRow.append(always, document.createTextNode('总是保持以上选择，不再询问'));
    panel.appendChild(alwaysRow);
    const actions = element('div', 'subscribe-dialog__actions');
    const cancel = element('button', 'button button--ghost', '取消');
    cancel.id = 'subscribe-cancel';
    const allow = element('button', 'button button--primary', '允许');
    allow.id = 'subscribe-allow';
    actions.append(cancel, allow);
    panel.appendChild(actions);
    overlay.appendChild(panel);

    const finish = (allowed: boolean) => {
      const choices = Object.fromEntries(
        boxes.map((box) => [box.dataset.template ?? '', allowed && box.checked ? 'accept' : 'reject'] as const),
      ) as Record<string, SubscribeChoice>;
      if (always.checked) window.localStorage.setItem(KEPT_CHOICES_KEY, JSON.stringify({ ...kept, ...choices }));
      overlay.remove();
      resolve({ errMsg: 'requestSubscribeMessage:ok', ...choices });
    };
    cancel.addEventListener('click', () => finish(false));
    allow.addEventListener('click', () => finish(true));
    document.body.appendChild(overlay);
  });
}
