package vn.dxawards.platform.engine;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Daemon threads for work that continues after a request (chunks of engine work), on the application's class loader as the engine's job threads. */
public final class BackgroundThreads {

    private BackgroundThreads() {
    }

    public static ExecutorService pool(String name, int threads) {
        ClassLoader loader = BackgroundThreads.class.getClassLoader();
        return Executors.newFixedThreadPool(Math.max(1, threads), runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setContextClassLoader(loader);
            thread.setDaemon(true);
            return thread;
        });
    }
}
