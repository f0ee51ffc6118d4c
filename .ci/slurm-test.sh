#!/usr/bin/env bash
# make slurm-test: a real single-node Slurm on localhost (as ../shared/SLURM.md
# shows) runs the sample corpus as a 4-task job array of `stratex run
# -manifest`; the merged output must equal a local run (diff -r), and a second
# submission must skip the finished shards. Needs root and Debian's apt
# (it installs slurm-wlm and rewrites /etc/slurm/slurm.conf).
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$PWD
now() { date +%s.%N; }
T0=$(now)
export DEBIAN_FRONTEND=noninteractive
if ! command -v slurmctld >/dev/null; then
  apt-get update -qq
  apt-get install -y -qq slurm-wlm >/dev/null
fi
make -s build

H=$(hostname -s)
NCPU=${NCPU:-$(nproc)}
STATE=$(mktemp -d -t slurm-ci.XXXXXX)
mkdir -p "$STATE"/{ctld,d,log,out} /run/munge
chown munge:munge /run/munge
if [ ! -s /etc/munge/munge.key ]; then
  mungekey --create --keyfile=/etc/munge/munge.key
  chown munge:munge /etc/munge/munge.key; chmod 400 /etc/munge/munge.key
fi
cat > /etc/slurm/slurm.conf <<CONF
ClusterName=ci
SlurmctldHost=$H(127.0.0.1)
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
StateSaveLocation=$STATE/ctld
SlurmdSpoolDir=$STATE/d
SlurmctldPidFile=$STATE/slurmctld.pid
SlurmdPidFile=$STATE/slurmd.pid
SlurmctldLogFile=$STATE/log/slurmctld.log
SlurmdLogFile=$STATE/log/slurmd.log
MailProg=/bin/true
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
MpiDefault=none
SwitchType=switch/none
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
ReturnToService=2
NodeName=$H NodeAddr=127.0.0.1 CPUs=$NCPU State=UNKNOWN
PartitionName=debug Nodes=$H Default=YES MaxTime=INFINITE State=UP
CONF

stop() {   # stop by PID (never by name), newest first, and wait until each is gone
  for f in "$STATE/slurmd.pid" "$STATE/slurmctld.pid" /run/munge/munged.pid; do
    [ -s "$f" ] || continue
    p=$(cat "$f"); kill "$p" 2>/dev/null || true
    for _ in $(seq 1 40); do kill -0 "$p" 2>/dev/null || break; sleep 0.25; done
  done
  rm -rf "$STATE"
}
trap stop EXIT

runuser -u munge -- /usr/sbin/munged
/usr/sbin/slurmctld -i
/usr/sbin/slurmd
for _ in $(seq 1 120); do [ "$(sinfo -h -o %T 2>/dev/null)" = idle ] && break; sleep 0.25; done
[ "$(sinfo -h -o %T)" = idle ] || { echo "slurm node not idle"; cat "$STATE"/log/*.log; exit 1; }
T1=$(now)

# the sample corpus and the gold-dev text: four documents, four shards
WORK="$STATE/work"; mkdir -p "$WORK"
INPUTS="testdata/sample testdata/eval/seed-first-half.txt"
bin/stratex plan -shards 4 $INPUTS > "$WORK/manifest.tsv"
[ "$(head -1 "$WORK/manifest.tsv")" = "# stratex manifest v1 shards=4" ] || { echo "plan did not make 4 shards"; exit 1; }

submit() {
  JID=$(sbatch --parsable --array=0-3 --output="$STATE/out/%A_%a.out" \
    --wrap "cd '$REPO' && bin/stratex run -q -workers 1 -manifest '$WORK/manifest.tsv' -out '$WORK/sharded'")
  while squeue -h -j "$JID" 2>/dev/null | grep -q .; do sleep 0.25; done
  n=$(scontrol show job "$JID" | grep -c 'JobState=COMPLETED' || true)
  [ "$n" = 4 ] || { echo "array $JID: $n of 4 tasks completed"; cat "$STATE"/out/*.out; exit 1; }
}
submit
T2=$(now)
# every shard done, not yet merged: status lists them and exits 1
if bin/stratex status "$WORK/sharded" > "$WORK/status"; then echo "status said complete before the merge"; exit 1; fi
cat "$WORK/status"
grep -q "done 4  missing 0" "$WORK/status"
sums() { (cd "$WORK/sharded/shards" && sha256sum ./*.jsonl ./*.done; stat -c '%n %Y' ./*.jsonl ./*.done); }
sums > "$WORK/before"
bin/stratex merge "$WORK/sharded"
bin/stratex status "$WORK/sharded" | grep -qx complete

bin/stratex run -q -out "$WORK/local" $INPUTS
diff -r -x shards "$WORK/sharded" "$WORK/local"
echo "sharded (4-task Slurm array) and local output are identical"

submit   # again: every shard is done, so none is run
sums > "$WORK/after"
diff "$WORK/before" "$WORK/after"
echo "resubmitted array skipped the finished shards"
awk -v a="$T0" -v b="$T1" -v c="$T2" -v d="$(now)" \
  'BEGIN{printf "slurm-test: install+start %.1fs  array %.1fs  total %.1fs\n", b-a, c-b, d-a}'
