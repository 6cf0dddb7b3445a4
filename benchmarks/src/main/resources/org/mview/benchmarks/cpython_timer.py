# Times STMT after SETUP with timeit, the way the mview suite times its other peers:
# WARMUP untimed rounds, then at least ROUNDS rounds of NUMBER executions, and more (up to 200) until
# the timed rounds add up to MIN_MS milliseconds; prints one time per round in ms.
import sys, timeit
setup, stmt, number, warmup, rounds = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
min_ms = float(sys.argv[6]) if len(sys.argv) > 6 else 0.0
timer = timeit.Timer(stmt, setup)
if warmup:
    timer.repeat(repeat=warmup, number=number)
times = []
while len(times) < rounds or (len(times) < 200 and sum(times) * 1000.0 < min_ms):
    times.append(timer.timeit(number=number))
print(" ".join("%.6f" % (t * 1000.0 / number) for t in times))
