package io.github.micropython4j.agent;

import io.github.micropython4j.MicroPythonSession;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One session per conversation id, at most {@code maxSessions} of them, least recently used
 * evicted first; a session idle longer than {@code idleExpiry} is closed. Remembers why the
 * recent ones ended so that the conversation's next call can say so.
 */
final class ConversationPool implements AutoCloseable {
    private static final int REMEMBERED_ENDINGS = 10_000;

    /** A conversation's session, held for one call; {@code notice} says why it is new, if it is. */
    final class Lease implements AutoCloseable {
        private final Conversation conversation;
        private final boolean fresh;
        private final String notice;

        private Lease(Conversation conversation, boolean fresh, String notice) {
            this.conversation = conversation;
            this.fresh = fresh;
            this.notice = notice;
        }

        MicroPythonSession session() {
            return conversation.session;
        }

        boolean fresh() {
            return fresh;
        }

        String notice() {
            return notice;
        }

        @Override
        public void close() {
            release(conversation);
        }
    }

    private static final class Conversation {
        final MicroPythonSession session;
        long lastUsed = System.nanoTime();
        int busy;

        Conversation(MicroPythonSession session) {
            this.session = session;
        }
    }

    private final Supplier<MicroPythonSession> sessions;
    private final int maxSessions;
    private final Duration idleExpiry;
    private final LinkedHashMap<String, Conversation> live = new LinkedHashMap<>(16, 0.75f, true);
    private final Map<String, String> endings = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > REMEMBERED_ENDINGS;
        }
    };
    private boolean closed;

    ConversationPool(Supplier<MicroPythonSession> sessions, int maxSessions, Duration idleExpiry) {
        this.sessions = sessions;
        this.maxSessions = maxSessions;
        this.idleExpiry = idleExpiry;
    }

    /** The conversation's session, a new one if it has none or {@code reset} is asked for. */
    Lease acquire(String conversationId, boolean reset) {
        List<MicroPythonSession> toClose = new ArrayList<>();
        try {
            synchronized (this) {
                if (closed) {
                    throw new IllegalStateException("the tool is closed");
                }
                toClose.addAll(expireIdle());
                Conversation conversation = live.get(conversationId);
                if (conversation != null && reset) {
                    live.remove(conversationId);
                    toClose.add(conversation.session);
                    conversation = null;
                    endings.put(conversationId, "was reset as asked");
                }
                boolean fresh = conversation == null;
                String ending = null;
                if (fresh) {
                    ending = endings.remove(conversationId);
                    toClose.addAll(evictFor(1));
                    conversation = new Conversation(sessions.get());
                    live.put(conversationId, conversation);
                }
                conversation.busy++;
                conversation.lastUsed = System.nanoTime();
                String notice = ending == null ? null : "this conversation's earlier Python session " + ending
                        + "; variables, functions and imports from earlier calls are gone";
                return new Lease(conversation, fresh, notice);
            }
        } finally {
            toClose.forEach(MicroPythonSession::close);
        }
    }

    private synchronized void release(Conversation conversation) {
        conversation.busy--;
        conversation.lastUsed = System.nanoTime();
    }

    /** Closes sessions idle longer than the expiry; called on every acquire and by the tool's timer. */
    void expireIdleNow() {
        List<MicroPythonSession> toClose;
        synchronized (this) {
            toClose = expireIdle();
        }
        toClose.forEach(MicroPythonSession::close);
    }

    private List<MicroPythonSession> expireIdle() {
        List<MicroPythonSession> expired = new ArrayList<>();
        long now = System.nanoTime();
        for (Iterator<Map.Entry<String, Conversation>> it = live.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, Conversation> entry = it.next();
            Conversation conversation = entry.getValue();
            if (conversation.busy == 0 && now - conversation.lastUsed > idleExpiry.toNanos()) {
                it.remove();
                expired.add(conversation.session);
                endings.put(entry.getKey(), "expired after " + describe(idleExpiry) + " without use");
            }
        }
        return expired;
    }

    private List<MicroPythonSession> evictFor(int newcomers) {
        List<MicroPythonSession> evicted = new ArrayList<>();
        for (Iterator<Map.Entry<String, Conversation>> it = live.entrySet().iterator();
             it.hasNext() && live.size() + newcomers > maxSessions; ) {
            Map.Entry<String, Conversation> eldest = it.next();
            if (eldest.getValue().busy == 0) {
                it.remove();
                evicted.add(eldest.getValue().session);
                endings.put(eldest.getKey(), "was evicted to make room for other conversations (at most "
                        + maxSessions + " sessions are kept)");
            }
        }
        return evicted;
    }

    synchronized int size() {
        return live.size();
    }

    private static String describe(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    @Override
    public void close() {
        List<Conversation> all;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            all = new ArrayList<>(live.values());
            live.clear();
        }
        all.forEach(c -> c.session.close());
    }
}
