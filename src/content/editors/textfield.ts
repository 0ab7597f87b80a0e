// Textareas and inputs (the invitation note, the InMail subject). LinkedIn's React-style
// components track the value through the native setter, so a plain `.value =` is ignored;
// execCommand types like a person, and the native setter plus input/change events is the fallback.
export function fillTextField(field: HTMLTextAreaElement | HTMLInputElement, text: string): string | null {
  field.focus();
  field.select();
  try {
    if (field.ownerDocument.execCommand('insertText', false, text) && field.value === text)
      return 'execCommand';
  } catch {
    // fall through
  }
  const proto =
    field instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  if (!setter) return null;
  setter.call(field, text);
  field.dispatchEvent(new Event('input', { bubbles: true }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
  return field.value === text ? 'setter' : null;
}
