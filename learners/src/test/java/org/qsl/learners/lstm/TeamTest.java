package org.qsl.learners.lstm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

class TeamTest {

  @Test
  void everyItemRunsExactlyOnceInEveryLoop() {
    try (Team team = new Team(3)) {
      for (int loop = 0; loop < 2000; loop++) {
        int count = 1 + loop % 7;
        AtomicIntegerArray runs = new AtomicIntegerArray(count);
        team.forEach(count, runs::incrementAndGet);
        for (int i = 0; i < count; i++) {
          assertEquals(1, runs.get(i), "loop " + loop + ", item " + i);
        }
      }
    }
  }

  @Test
  void aFailingItemIsRethrownAndTheTeamGoesOn() {
    try (Team team = new Team(2)) {
      IllegalStateException boom = new IllegalStateException("boom");
      AtomicIntegerArray runs = new AtomicIntegerArray(4);
      IllegalStateException thrown = assertThrows(IllegalStateException.class,
          () -> team.forEach(4, i -> {
            runs.incrementAndGet(i);
            if (i == 2) {
              throw boom;
            }
          }));
      assertSame(boom, thrown);
      for (int i = 0; i < 4; i++) {
        assertEquals(1, runs.get(i), "the other items still ran once");
      }
      AtomicIntegerArray again = new AtomicIntegerArray(5);
      team.forEach(5, again::incrementAndGet);
      assertEquals(5, again.get(0) + again.get(1) + again.get(2) + again.get(3) + again.get(4));
    }
  }

  @Test
  void aClosedTeamRefusesWork() {
    Team team = new Team(2);
    team.close();
    assertThrows(IllegalStateException.class, () -> team.forEach(2, i -> {}));
  }
}
