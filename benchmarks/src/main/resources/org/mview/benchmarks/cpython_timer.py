# Times STMT after SETUP with timeit, the way the mview suite times its other peers:
# WARMUP untimed rounds, then ROUNDS rounds of NUMBER executions; prints one time per round in ms.
import sys, timeit
setup, stmt, number, warmup, rounds = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
timer = timeit.Timer(stmt, setup)
if warmup:
    timer.repeat(repeat=warmup, number=number)
times = timer.repeat(repeat=rounds, number=number)
print(" ".join("%.6f" % (t * 1000.0 / number) for t in times))
