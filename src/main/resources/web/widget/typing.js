// @ts-check
/** The typing dots: the bot's while a send is answered, the agent's while the server says they type. */

/** @typedef {import('./view.js').View} View */
/** @typedef {import('./strings.js').Strings} Strings */

/** A lost "typing: false" must not leave the agent's dots on forever. */
export const AGENT_TYPING_TIMEOUT_MS = 15000;

export class Typing {
  /**
   * @param {View} view
   * @param {Strings} T
   * @param {() => void} onShown called when the dots appear, so the transcript can keep them in sight
   */
  constructor(view, T, onShown) {
    this.view = view;
    this.T = T;
    this.onShown = onShown;
    this.bot = false;
    this.agent = false;
    /** @type {ReturnType<typeof setTimeout> | undefined} */
    this.agentTimer = undefined;
  }

  /** @param {boolean} on */
  setBot(on) {
    this.bot = on;
    this.render();
  }

  /** @param {boolean} on */
  setAgent(on) {
    this.agent = on;
    clearTimeout(this.agentTimer);
    if (on) {
      this.agentTimer = setTimeout(() => this.setAgent(false), AGENT_TYPING_TIMEOUT_MS);
    }
    this.render();
  }

  render() {
    const show = this.bot || this.agent;
    this.view.typing.hidden = !show;
    this.view.typing.setAttribute('data-sender', this.agent ? 'agent' : 'bot');
    this.view.typingText.textContent = this.agent ? this.T.typingAgent : this.T.typingBot;
    if (show) {
      this.onShown();
    }
  }
}
