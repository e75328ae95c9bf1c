#include "cli/statusreport.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>

#include <nlohmann/json.hpp>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kSecondNs = 1000000000LL;

int modeRank(MachineMode mode)
{
    switch (mode) {
    case MachineMode::Draining:
        return 0;
    case MachineMode::Down:
        return 1;
    case MachineMode::Up:
        break;
    }
    return 2;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("StatusReport", text);
}

// The latest answer of @p frameworkId among @p answers (several agents may report per machine).
const InverseOfferStatus *latestAnswer(const QList<InverseOfferStatus> &answers,
                                       const QString &frameworkId)
{
    const InverseOfferStatus *latest = nullptr;
    for (const InverseOfferStatus &a : answers) {
        if (a.frameworkId == frameworkId && (!latest || a.timestampNs >= latest->timestampNs))
            latest = &a;
    }
    return latest;
}

QString windowText(const std::optional<Unavailability> &window)
{
    if (!window)
        return u"-"_s;
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(window->startNs / 1000000, Qt::UTC);
    return start.toString(u"yyyy-MM-dd HH:mm"_s);
}

// Keys come out sorted (nlohmann::json keeps objects in a std::map), as before.
using json = nlohmann::json;

std::string utf8(const QString &s)
{
    return s.toStdString();
}

} // namespace

StatusReport::StatusReport(const LiveSnapshot &snapshot, qint64 nowNs)
    : m_nowNs(nowNs)
{
    const auto nameOf = [&snapshot](const QString &id) {
        return snapshot.frameworkNames.value(id);
    };
    m_rows.reserve(snapshot.machines.size());
    for (const MachineLive &m : snapshot.machines) {
        Row row;
        row.id = m.id;
        row.mode = m.mode;
        row.agents = m.agents;
        row.tasks = m.tasks;
        row.readiness = m.readiness;
        row.readinessText = m.readiness.describe(nameOf);
        if (const std::optional<qsizetype> w = snapshot.schedule.windowOf(m.id))
            row.window = snapshot.schedule.windows.at(*w).unavailability;
        if (m.mode == MachineMode::Draining) {
            QStringList frameworks = m.frameworksWithTasks;
            for (const InverseOfferStatus &a : m.answers) {
                if (!frameworks.contains(a.frameworkId))
                    frameworks.append(a.frameworkId);
            }
            for (const QString &id : std::as_const(frameworks)) {
                Answer answer;
                answer.frameworkId = id;
                answer.framework = nameOf(id);
                if (answer.framework.isEmpty())
                    answer.framework = id;
                if (const InverseOfferStatus *latest = latestAnswer(m.answers, id)) {
                    answer.answer = InverseOfferStatus::answerName(latest->answer);
                    answer.timestampNs = latest->timestampNs;
                } else {
                    answer.answer = u"no answer"_s;
                }
                answer.tasks = m.tasksOf(id);
                row.answers.append(answer);
            }
            m_tasksOnDraining += m.tasks;
            if (m.readiness.state == DrainReadiness::State::Ready)
                ++m_ready;
            else if (m.readiness.state == DrainReadiness::State::Blocked)
                ++m_blocked;
        }
        m_rows.append(std::move(row));
    }
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) {
        const int ra = modeRank(a.mode);
        const int rb = modeRank(b.mode);
        if (ra != rb)
            return ra < rb;
        return a.id.displayName().compare(b.id.displayName(), Qt::CaseInsensitive) < 0;
    });
}

int StatusReport::count(MachineMode mode) const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [mode](const Row &r) { return r.mode == mode; }));
}

QString StatusReport::age(qint64 ns)
{
    const qint64 s = qMax<qint64>(0, ns) / kSecondNs;
    if (s < 120)
        return u"%1s"_s.arg(s);
    if (s < 2 * 3600)
        return u"%1m"_s.arg(s / 60);
    if (s < 2 * 86400)
        return u"%1h"_s.arg(s / 3600);
    return u"%1d"_s.arg(s / 86400);
}

QString StatusReport::summary() const
{
    return tr("%1 machines: %2 draining (%3 ready, %4 blocked), %5 down, %6 up; "
              "tasks left on draining machines: %7")
        .arg(m_rows.size())
        .arg(count(MachineMode::Draining))
        .arg(m_ready)
        .arg(m_blocked)
        .arg(count(MachineMode::Down))
        .arg(count(MachineMode::Up))
        .arg(m_tasksOnDraining);
}

QString StatusReport::toText() const
{
    QList<QStringList> table;
    table.reserve(m_rows.size() + 1);
    table.append({tr("MACHINE"), tr("MODE"), tr("WINDOW (UTC)"), tr("TASKS"), tr("ANSWERS"),
                  tr("READINESS")});
    for (const Row &row : m_rows) {
        QStringList answers;
        for (const Answer &a : row.answers) {
            QStringList notes;
            if (a.timestampNs)
                notes << age(m_nowNs - *a.timestampNs) + tr(" ago");
            if (a.tasks.value_or(0) > 0)
                notes << QCoreApplication::translate("StatusReport", "%n task(s)", "", *a.tasks);
            QString text = a.framework + u' ' + a.answer;
            if (!notes.isEmpty())
                text += u" ("_s + notes.join(u", "_s) + u')';
            answers.append(text);
        }
        table.append({row.id.displayName(), machineModeName(row.mode), windowText(row.window),
                      QString::number(row.tasks),
                      answers.isEmpty() ? u"-"_s : answers.join(u", "_s),
                      row.readinessText.isEmpty() ? u"-"_s : row.readinessText});
    }
    QList<qsizetype> widths(table.first().size(), 0);
    for (const QStringList &line : std::as_const(table)) {
        for (qsizetype c = 0; c < line.size(); ++c)
            widths[c] = qMax(widths[c], line[c].size());
    }
    QString text;
    for (const QStringList &line : std::as_const(table)) {
        QString out;
        for (qsizetype c = 0; c < line.size(); ++c) {
            if (c + 1 == line.size())
                out += line[c];
            else if (c == 3) // numbers align right
                out += line[c].rightJustified(widths[c]) + u"  "_s;
            else
                out += line[c].leftJustified(widths[c]) + u"  "_s;
        }
        while (out.endsWith(u' '))
            out.chop(1);
        text += out + u'\n';
    }
    return text + summary() + u'\n';
}

QByteArray StatusReport::toJson() const
{
    json machines = json::array();
    for (const Row &row : m_rows) {
        json o;
        if (row.id.hostname)
            o["hostname"] = utf8(*row.id.hostname);
        if (row.id.ip)
            o["ip"] = utf8(*row.id.ip);
        o["mode"] = utf8(machineModeName(row.mode));
        if (row.window) {
            json w;
            w["start_ns"] = qint64(row.window->startNs);
            if (row.window->durationNs)
                w["duration_ns"] = qint64(*row.window->durationNs);
            o["window"] = w;
        }
        o["agents"] = row.agents;
        o["tasks"] = row.tasks;
        if (row.mode == MachineMode::Draining) {
            json answers = json::array();
            for (const Answer &a : row.answers) {
                json ao;
                ao["framework_id"] = utf8(a.frameworkId);
                ao["framework"] = utf8(a.framework);
                ao["answer"] = a.timestampNs ? utf8(a.answer) : "NONE";
                if (a.timestampNs) {
                    ao["timestamp_ns"] = qint64(*a.timestampNs);
                    ao["age_seconds"] = qMax<qint64>(0, m_nowNs - *a.timestampNs) / kSecondNs;
                }
                if (a.tasks)
                    ao["tasks"] = *a.tasks;
                answers.push_back(ao);
            }
            o["answers"] = answers;
            const bool ready = row.readiness.state == DrainReadiness::State::Ready;
            o["readiness"] = ready ? "ready" : "blocked";
            json blockers = json::array();
            for (const DrainReadiness::Blocker &b : row.readiness.blockers) {
                json bo;
                bo["framework_id"] = utf8(b.frameworkId);
                for (const Answer &a : row.answers) {
                    if (a.frameworkId != b.frameworkId)
                        continue;
                    bo["framework"] = utf8(a.framework);
                    if (a.tasks)
                        bo["tasks"] = *a.tasks;
                }
                bo["reason"] = b.declined ? "declined" : "no answer";
                blockers.push_back(bo);
            }
            o["blockers"] = blockers;
        }
        machines.push_back(o);
    }
    json summary;
    summary["machines"] = int(m_rows.size());
    summary["draining"] = count(MachineMode::Draining);
    summary["down"] = count(MachineMode::Down);
    summary["up"] = count(MachineMode::Up);
    summary["ready"] = m_ready;
    summary["blocked"] = m_blocked;
    summary["tasks_on_draining"] = m_tasksOnDraining;
    json root;
    root["machines"] = machines;
    root["summary"] = summary;
    const std::string text = root.dump(4, ' ', false, json::error_handler_t::replace) + '\n';
    return QByteArray(text.data(), qsizetype(text.size()));
}
