package dev.baton.bench.load;

/** Told when a load test's measured window opens and when it closes, on the run's watcher thread. */
public interface LoadWindow {

    /** Nothing to do at either end. */
    LoadWindow NONE = new LoadWindow() {
        @Override
        public void opened() {}

        @Override
        public void closed() {}
    };

    void opened();

    void closed();
}
