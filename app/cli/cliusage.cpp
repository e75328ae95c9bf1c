#include "cli/cliusage.h"

using namespace Qt::StringLiterals;

QString CliUsage::text()
{
    return uR"(Usage: slipwayctl [OPTIONS] COMMAND [ARGS...]

Plan and run maintenance on an Apache Mesos cluster from scripts and review pipelines.

Commands:
  validate FILE          Check a schedule file (- for stdin) the way the master would.
                         Exit 0 when valid, 1 with the master's error text when not.
    --down MACHINE       A machine that is currently DOWN (repeatable); it must stay
                         in the schedule. MACHINE is HOSTNAME/IP, HOSTNAME or /IP.
    --json               Print a machine-readable verdict.
  review FILE            Print a review written by "Export for review" and check that the
                         schedule file is still the one reviewed (SHA-256). Exit 1 if not.
  render FILE -o OUT     Draw the timeline of a schedule as a picture for reviewers:
                         OUT.png or OUT.svg, machines grouped by zone, times in UTC.
    --base FILE          Mark what is new, moved or removed against this schedule.
    --state FILE         Zones from a saved /master/state-summary or v1 GET_STATE.
    --down MACHINE       A machine that is DOWN (repeatable).
  status                 Per machine: mode, the frameworks' answers to the inverse
                         offers, tasks left and whether it is ready to go down.
                         DRAINING and DOWN machines first, then a summary line.
    --json               Print a machine-readable document instead of the table.
  schedule get           Print the live schedule exactly as the master returns it.
    -o, --output FILE    Write it to FILE (atomically) instead.
  schedule submit FILE   Replace the master's schedule with FILE (- for stdin): checked
                         with the master's rules first, the change and the machines that
                         start draining shown and confirmed, then read back to prove the
                         master holds exactly FILE.
    --base FILE          The schedule FILE was made from (e.g. from 'schedule get'):
                         refuse, showing what changed, if the master's differs from it.
    --yes                Do not ask (required when stdin is not a terminal), except
                         when FILE removes every window from the master's schedule.
    --yes-clear          Do not ask, even when FILE clears the whole schedule.
  down MACHINE...        Bring DRAINING machines down (their agents are shut down and
                         their tasks lost), after showing the tasks and the frameworks
                         that have not agreed. MACHINE is HOSTNAME/IP, /IP or a
                         HOSTNAME that names a single machine of the cluster.
    --yes                Do not ask (required when stdin is not a terminal).
  up MACHINE...          Bring DOWN machines back up (they leave the schedule).
    --yes                Do not ask (required when stdin is not a terminal).
  drain AGENT            Drain an agent (Mesos 1.9+): its tasks are killed without asking
                         the frameworks and it stays deactivated. AGENT is an agent ID or
                         a hostname with a single agent.
    --grace DURATION     Cap each task's kill grace period (90s, 10m, 1h30m).
    --mark-gone          Then remove the agent for good (cannot be undone; asks for the
                         hostname to be typed).
    --yes                Do not ask (required when stdin is not a terminal).
  reactivate AGENT       Reactivate a drained or deactivated agent.
    --yes                Do not ask (required when stdin is not a terminal).
  plan --policy POLICY   Plan rolling maintenance by the policy file (README "Planning")
                         and print the live schedule plus the new windows. Exit 1 when
                         the machines cannot all be placed, naming the binding limit.
    -o, --output FILE    Write the schedule to FILE instead.
    --json               Print the windows, churn and peak as JSON (the schedule then
                         only with -o).
  alerts                 What needs a person now (see README "Alerts"): draining past
                         start, down past end, ready but idle, silent frameworks, lost
                         agents. Exit 0 none, 1 some, 3 the master could not be read.
    --grace DURATION     How long a cause lasts before it is an alert (default 15m).
    --stuck-after DURATION
                         Also judge stuck drains (tasks left not falling for DURATION):
                         alerts then watches the master that long before answering.
    --base FILE          Also report how the live schedule differs from FILE.
    --json               Each alert with kind, severity, since, machines and text.
  watch                  One line per event until interrupted (Ctrl-C, exit 0): mode
                         changes, answers, tasks left per draining machine, alerts
                         raised and cleared (with --grace, --stuck-after, --json).
  check --policy POLICY FILE
                         List every limit of the policy that the schedule FILE breaks.
                         Exit 0 when none, 1 when some.

Cluster options (plan, check): the cluster is read from --master, or from files:
  --state FILE           A saved /master/state-summary.
  --schedule FILE        The live schedule (default: none).
  --down MACHINE         A machine that is DOWN (repeatable).

Master options (status, alerts, watch, schedule, down, up, drain, reactivate, plan, check):
  --master URLS          The master: http(s)://HOST:PORT, HOST:PORT or HOST (port
                         5050), or a comma-separated list of them.
  --api v0|v1|auto       The master API to speak (default auto).
  --user USER            HTTP Basic user; the password comes from --password-file,
                         else SLIPWAY_PASSWORD, else is asked for on the terminal
                         (/dev/tty, even when stdin is a pipe).
  --password-file FILE   Read the password from the first line of FILE.
  --ca-file FILE         Also trust the CA certificates (PEM) in FILE for https masters.

Options:
  -h, --help             Show this help.
  -v, --version          Show the version.

Exit codes: 0 ok, 1 refused (by the master or its rules), 2 usage error or unreadable
input, 3 the master cannot be reached.
)"_s;
}
