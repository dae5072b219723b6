// @ts-check
/**
 * Which stored messages of the conversation the widget has read back (by GET or over the stream). A
 * conversation's messages are numbered without gaps, so the widget catches up from the last seq below which it
 * has them all: a message whose announcement never came (its instance died after the commit, say) is fetched by
 * the next catch-up even when later ones arrived.
 */
export class ReadBack {
  constructor() {
    /** Every message up to this seq has been read back. */
    this.complete = 0;
    /** @type {Set<number>} seqs read back above {@link complete}, past a missing one */
    this.above = new Set();
  }

  /** @param {number} seq a stored message just read back */
  add(seq) {
    if (!Number.isInteger(seq) || seq <= this.complete) {
      return;
    }
    this.above.add(seq);
    while (this.above.delete(this.complete + 1)) {
      this.complete++;
    }
  }

  /** Whether a message below one read back is still missing. */
  missing() {
    return this.above.size > 0;
  }

  reset() {
    this.complete = 0;
    this.above.clear();
  }
}
