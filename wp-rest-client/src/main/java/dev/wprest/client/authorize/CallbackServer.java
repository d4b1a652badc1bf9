package dev.wprest.client.authorize;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The HTTP listener behind {@link LoopbackReceiver}: one thread and a selector, so no connection
 * can hold it up. A connection that has not sent its whole request head within {@link
 * #HEAD_DEADLINE_MILLIS} is closed; when {@link #MAX_CONNECTIONS} are open, the oldest is closed to
 * make room. A browser's callback arrives in one packet and is answered at once, however many idle
 * or dripping connections (speculative preconnects, a local process) are open beside it.
 */
final class CallbackServer {
  /** Open connections at most; a browser opens a handful, the rest is noise. */
  static final int MAX_CONNECTIONS = 128;

  /** How long a connection has to send its request head; a browser needs milliseconds. */
  static final long HEAD_DEADLINE_MILLIS = 3_000;

  /** The request head's size at most: the callback's is a few hundred bytes. */
  static final int MAX_HEAD_BYTES = 8 * 1024;

  private final ServerSocketChannel channel;
  private final Selector selector;
  private final Thread loop;
  private final CallbackRequests requests;
  private final CompletableFuture<AuthorizationResult> result;
  private final Deque<Connection> open = new ArrayDeque<>();
  private final AtomicInteger refused = new AtomicInteger();
  private final AtomicBoolean closed = new AtomicBoolean();

  CallbackServer(InetAddress address, String state, CompletableFuture<AuthorizationResult> result)
      throws IOException {
    this.result = result;
    this.selector = Selector.open();
    this.channel = ServerSocketChannel.open();
    channel.bind(new InetSocketAddress(address, 0), MAX_CONNECTIONS);
    channel.configureBlocking(false);
    channel.register(selector, SelectionKey.OP_ACCEPT);
    String host = address.getHostAddress();
    String authority = (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port();
    this.requests = new CallbackRequests(state, authority, refused);
    this.loop = new Thread(this::serve, "wp-rest-authorization-callback");
    // Nothing here may keep the JVM alive.
    loop.setDaemon(true);
    loop.start();
  }

  int port() {
    return channel.socket().getLocalPort();
  }

  int refused() {
    return refused.get();
  }

  /** Stops listening before it returns: a later connection is refused, not left waiting. */
  void close() {
    if (closed.compareAndSet(false, true)) {
      selector.wakeup();
      if (Thread.currentThread() != loop) {
        try {
          loop.join(2_000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }
  }

  private void serve() {
    try {
      while (!closed.get()) {
        selector.select(250);
        for (SelectionKey key : selector.selectedKeys()) {
          if (key.isValid() && key.isAcceptable()) {
            acceptAll();
          } else if (key.isValid() && key.isReadable()) {
            read((Connection) key.attachment());
          }
        }
        selector.selectedKeys().clear();
        closeExpired(System.nanoTime());
      }
    } catch (IOException | RuntimeException e) {
      // The listener is gone; a pending await() times out as it would without a callback.
    } finally {
      open.forEach(Connection::close);
      quietly(channel);
      quietly(selector);
    }
  }

  private void acceptAll() throws IOException {
    for (SocketChannel socket = channel.accept(); socket != null; socket = channel.accept()) {
      if (open.size() >= MAX_CONNECTIONS) {
        // The oldest has had the longest to send its head: it is the likeliest to be stuck.
        open.pollFirst().close();
      }
      socket.configureBlocking(false);
      Connection c = new Connection(socket, System.nanoTime() + HEAD_DEADLINE_MILLIS * 1_000_000);
      c.key = socket.register(selector, SelectionKey.OP_READ, c);
      open.addLast(c);
    }
  }

  private void read(Connection c) {
    try {
      int n = c.socket.read(c.head);
      String head = new String(c.head.array(), 0, c.head.position(), StandardCharsets.ISO_8859_1);
      int end = head.indexOf("\r\n\r\n");
      if (end >= 0) {
        answer(c, head.substring(0, end));
      } else if (n < 0) {
        finish(c);
      } else if (!c.head.hasRemaining()) {
        refused.incrementAndGet();
        write(c, CallbackRequests.Reply.of(431, "Request head too large."));
      }
    } catch (IOException e) {
      finish(c);
    }
  }

  private void answer(Connection c, String head) throws IOException {
    SocketAddress remote = c.socket.getRemoteAddress();
    boolean loopback =
        remote instanceof InetSocketAddress
            && ((InetSocketAddress) remote).getAddress().isLoopbackAddress();
    CallbackRequests.Reply reply = requests.reply(head, loopback);
    write(c, reply);
    // Only now: the waiting thread closes the receiver as soon as it has the result, which would
    // cut the browser's answer short. Delivered even when the browser went away meanwhile.
    reply.delivered().ifPresent(result::complete);
  }

  /**
   * The answer is well under a kilobyte and a fresh socket's send buffer holds far more, so one
   * write takes it; a peer that still does not take it loses it, the listener never waits.
   */
  private void write(Connection c, CallbackRequests.Reply reply) throws IOException {
    try {
      c.socket.write(ByteBuffer.wrap(reply.bytes()));
    } finally {
      finish(c);
    }
  }

  private void finish(Connection c) {
    open.remove(c);
    c.close();
  }

  private void closeExpired(long now) {
    while (!open.isEmpty() && open.peekFirst().deadline - now <= 0) {
      open.pollFirst().close();
    }
  }

  private static void quietly(java.io.Closeable closeable) {
    try {
      closeable.close();
    } catch (IOException ignored) {
      // closing: nothing left to do
    }
  }

  /** One accepted connection and the request head read from it so far. */
  private static final class Connection {
    final SocketChannel socket;
    final long deadline;
    final ByteBuffer head = ByteBuffer.allocate(MAX_HEAD_BYTES);
    SelectionKey key;

    Connection(SocketChannel socket, long deadline) {
      this.socket = socket;
      this.deadline = deadline;
    }

    void close() {
      if (key != null) {
        key.cancel();
      }
      quietly(socket);
    }
  }
}
