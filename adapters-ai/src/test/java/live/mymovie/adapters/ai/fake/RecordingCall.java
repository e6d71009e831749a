package live.mymovie.adapters.ai.fake;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import live.mymovie.application.port.out.ProviderCall;

/** A provider call that remembers the task ids and progress it is told, for tests. */
public final class RecordingCall implements ProviderCall {

    private final String resumeTaskId;
    private final List<String> started = new CopyOnWriteArrayList<>();
    private final List<Integer> progress = new CopyOnWriteArrayList<>();
    private final AtomicBoolean canceled = new AtomicBoolean();
    private final AtomicInteger cancelAfterPolls = new AtomicInteger(-1);

    private RecordingCall(String resumeTaskId) {
        this.resumeTaskId = resumeTaskId;
    }

    public static RecordingCall fresh() {
        return new RecordingCall(null);
    }

    public static RecordingCall resuming(String taskId) {
        return new RecordingCall(taskId);
    }

    /** The person cancels after the call has asked this many times. */
    public RecordingCall cancelAfterChecks(int checks) {
        cancelAfterPolls.set(checks);
        return this;
    }

    @Override
    public Optional<String> resumeTaskId() {
        return Optional.ofNullable(resumeTaskId);
    }

    @Override
    public void taskStarted(String providerTaskId) {
        started.add(providerTaskId);
    }

    @Override
    public void progress(int percent) {
        progress.add(percent);
    }

    @Override
    public boolean isCanceled() {
        if (cancelAfterPolls.get() >= 0 && cancelAfterPolls.getAndDecrement() == 0) {
            canceled.set(true);
        }
        return canceled.get();
    }

    public List<String> startedTasks() {
        return List.copyOf(started);
    }

    public List<Integer> progressReports() {
        return List.copyOf(progress);
    }
}
