package dev.wprest.client.internal;

/**
 * The ids one walk has delivered and the page each came on, to catch an item that comes twice: an
 * open-addressing table of {@code long}s and {@code int}s, 24 bytes an id at most (a {@code
 * HashMap<Long, Integer>} costs about 80), so that a walk over 100,000 posts holds at most 2.4 MB
 * of ids besides its current page.
 */
final class SeenIds {
  /** Marks a free slot: WordPress ids start at 1; an id of 0 is kept apart. */
  private static final long FREE = 0;

  private long[] ids = new long[64];
  private int[] pages = new int[64];
  private int size;
  private int zeroPage;

  /**
   * Records that {@code id} came on {@code page}.
   *
   * @return the page it came on before, or 0 when it is new
   */
  int add(long id, int page) {
    if (id == FREE) {
      int before = zeroPage;
      zeroPage = before == 0 ? page : before;
      return before;
    }
    if ((size + 1) * 2 > ids.length) {
      grow();
    }
    int i = slot(ids, id);
    if (ids[i] == id) {
      return pages[i];
    }
    ids[i] = id;
    pages[i] = page;
    size++;
    return 0;
  }

  /** The slot holding {@code id}, or the free slot where it belongs. */
  private static int slot(long[] table, long id) {
    int mask = table.length - 1;
    long h = id * 0x9E3779B97F4A7C15L;
    int i = (int) (h ^ (h >>> 32)) & mask;
    while (table[i] != FREE && table[i] != id) {
      i = (i + 1) & mask;
    }
    return i;
  }

  private void grow() {
    long[] moreIds = new long[ids.length * 2];
    int[] morePages = new int[ids.length * 2];
    for (int j = 0; j < ids.length; j++) {
      if (ids[j] != FREE) {
        int i = slot(moreIds, ids[j]);
        moreIds[i] = ids[j];
        morePages[i] = pages[j];
      }
    }
    ids = moreIds;
    pages = morePages;
  }
}
