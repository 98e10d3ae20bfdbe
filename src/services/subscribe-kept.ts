/** Where the browser's stand-in prompt keeps "总是保持以上选择": the choice per template id, in localStorage. */
export const KEPT_CHOICES_KEY = 'subscribe-kept-choices';
