#include "live/inverseoffermodel.h"

#include <QSet>

namespace {
constexpr int kNoTasks = -1; // the framework has neither tasks on the machine nor an answer
constexpr int kNoAnswer = -2; // it has tasks there and has not answered
} // namespace

InverseOfferModel::InverseOfferModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

template<typename Key, typename Insert, typename Remove>
void InverseOfferModel::syncKeys(QList<Key> &current, const QList<Key> &next, Insert insert,
                                 Remove remove)
{
    const QSet<Key> wanted(next.cbegin(), next.cend());
    for (qsizetype i = current.size() - 1; i >= 0; --i) {
        if (!wanted.contains(current[i]))
            remove(int(i));
    }
    const QSet<Key> have(current.cbegin(), current.cend());
    for (const Key &k : next) {
        if (!have.contains(k))
            insert(k);
    }
}

void InverseOfferModel::setSnapshot(const LiveSnapshot &snapshot)
{
    m_nowMs = snapshot.takenAtMs;
    m_names = snapshot.frameworkNames;

    QList<MachineId> machines;
    QList<QHash<QString, Cell>> cells;
    QList<QString> frameworks;
    QSet<QString> seenFramework;
    QHash<QString, bool> answered;
    for (const MachineLive &m : snapshot.machines) {
        if (m.mode != MachineMode::Draining)
            continue;
        machines.append(m.id);
        QHash<QString, Cell> column;
        for (const QString &fw : m.frameworksWithTasks)
            column.insert(fw, Cell {kNoAnswer, 0});
        for (const InverseOfferStatus &a : m.answers) {
            Cell &c = column[a.frameworkId];
            if (c.answer < 0 || a.timestampNs >= c.timestampNs)
                c = Cell {int(a.answer), a.timestampNs};
            answered[a.frameworkId] = true;
        }
        for (auto it = column.cbegin(); it != column.cend(); ++it) {
            if (!seenFramework.contains(it.key())) {
                seenFramework.insert(it.key());
                frameworks.append(it.key());
            }
            answered.insert(it.key(), answered.value(it.key(), false));
        }
        cells.append(column);
    }
    std::sort(frameworks.begin(), frameworks.end(), [this](const QString &a, const QString &b) {
        return m_names.value(a, a) < m_names.value(b, b);
    });

    syncKeys(
        m_frameworks, frameworks,
        [this](const QString &k) {
            beginInsertRows({}, int(m_frameworks.size()), int(m_frameworks.size()));
            m_frameworks.append(k);
            endInsertRows();
        },
        [this](int row) {
            beginRemoveRows({}, row, row);
            m_frameworks.removeAt(row);
            endRemoveRows();
        });
    syncKeys(
        m_machines, machines,
        [this](const MachineId &k) {
            beginInsertColumns({}, int(m_machines.size()), int(m_machines.size()));
            m_machines.append(k);
            m_cells.append(QHash<QString, Cell>());
            endInsertColumns();
        },
        [this](int column) {
            beginRemoveColumns({}, column, column);
            m_machines.removeAt(column);
            m_cells.removeAt(column);
            endRemoveColumns();
        });

    // Cells that changed, reported per column as one range of rows.
    for (qsizetype c = 0; c < m_machines.size(); ++c) {
        const qsizetype source = machines.indexOf(m_machines[c]);
        const QHash<QString, Cell> &next = cells[source];
        int first = -1, last = -1;
        for (qsizetype r = 0; r < m_frameworks.size(); ++r) {
            const QString &fw = m_frameworks[r];
            if (m_cells[c].value(fw) != next.value(fw)) {
                first = first < 0 ? int(r) : first;
                last = int(r);
            }
        }
        m_cells[c] = next;
        if (first >= 0)
            Q_EMIT dataChanged(index(first, int(c)), index(last, int(c)));
    }
    QList<int> changedHeaders;
    for (qsizetype r = 0; r < m_frameworks.size(); ++r) {
        const bool never = !answered.value(m_frameworks[r], false);
        if (m_neverAnswers.value(m_frameworks[r], !never) != never)
            changedHeaders.append(int(r));
    }
    m_neverAnswers.clear();
    for (const QString &fw : std::as_const(m_frameworks))
        m_neverAnswers.insert(fw, !answered.value(fw, false));
    if (!changedHeaders.isEmpty())
        Q_EMIT headerDataChanged(Qt::Vertical, changedHeaders.first(), changedHeaders.last());
    if (!m_machines.isEmpty() && !m_frameworks.isEmpty())
        Q_EMIT dataChanged(index(0, 0),
                           index(int(m_frameworks.size()) - 1, int(m_machines.size()) - 1),
                           {AgeMsRole, Qt::DisplayRole, Qt::ToolTipRole});
}

void InverseOfferModel::setNow(qint64 nowMs)
{
    m_nowMs = nowMs;
}

int InverseOfferModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_frameworks.size());
}

int InverseOfferModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_machines.size());
}

InverseOfferModel::Cell InverseOfferModel::cellOf(const QString &framework, qsizetype column) const
{
    return m_cells[column].value(framework, Cell {kNoTasks, 0});
}

QString InverseOfferModel::formatAge(qint64 ms)
{
    if (ms < 0)
        return QString();
    const qint64 s = ms / 1000;
    if (s < 60)
        return tr("%1 s").arg(s);
    if (s < 3600)
        return tr("%1 min").arg(s / 60);
    if (s < 86400)
        return tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
    return tr("%1 d").arg(s / 86400);
}

QVariant InverseOfferModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_frameworks.size()
        || index.column() >= m_machines.size())
        return {};
    const QString &fw = m_frameworks[index.row()];
    const Cell cell = cellOf(fw, index.column());
    const bool hasAnswer = cell.answer >= 0;
    const qint64 ageMs = hasAnswer ? qMax<qint64>(0, m_nowMs - cell.timestampNs / 1000000) : -1;
    switch (role) {
    case AnswerRole:
        return cell.answer == kNoAnswer ? int(InverseOfferStatus::Answer::Unknown) : cell.answer;
    case AgeMsRole:
        return ageMs;
    case FrameworkIdRole:
        return fw;
    case Qt::DisplayRole:
        if (cell.answer == kNoTasks)
            return QString();
        if (!hasAnswer)
            return tr("no answer");
        return QString((cell.answer == int(InverseOfferStatus::Answer::Accept) ? tr("ACCEPT")
                            : cell.answer == int(InverseOfferStatus::Answer::Decline)
                            ? tr("DECLINE")
                            : tr("UNKNOWN"))
                       + QStringLiteral(" · ") + formatAge(ageMs));
    case Qt::ToolTipRole:
        if (cell.answer == kNoTasks)
            return tr("%1 has no tasks on %2")
                .arg(m_names.value(fw, fw), m_machines[index.column()].displayName());
        if (!hasAnswer)
            return tr("%1 has tasks on %2 and has not answered")
                .arg(m_names.value(fw, fw), m_machines[index.column()].displayName());
        return tr("%1 answered %2 for %3, %4 ago")
            .arg(m_names.value(fw, fw),
                 InverseOfferStatus::answerName(InverseOfferStatus::Answer(cell.answer)),
                 m_machines[index.column()].displayName(), formatAge(ageMs));
    default:
        return {};
    }
}

QVariant InverseOfferModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= m_machines.size())
            return {};
        if (role == Qt::DisplayRole) {
            // The short host name: columns are narrow, the tooltip has the whole id.
            const QString host
                = m_machines[section].hostname.value_or(m_machines[section].ipOrEmpty());
            const qsizetype dot = host.indexOf(QLatin1Char('.'));
            return dot > 0 && m_machines[section].hostname ? host.left(dot) : host;
        }
        if (role == Qt::ToolTipRole)
            return m_machines[section].displayName();
        if (role == MachineIdRole)
            return QVariant::fromValue(m_machines[section]);
        return {};
    }
    if (section < 0 || section >= m_frameworks.size())
        return {};
    const QString &fw = m_frameworks[section];
    const bool never = m_neverAnswers.value(fw, false);
    switch (role) {
    case Qt::DisplayRole:
        return never ? QString(QStringLiteral("⚠ ") + m_names.value(fw, fw))
                     : m_names.value(fw, fw);
    case Qt::ToolTipRole:
        return never ? tr("%1 (%2) has tasks on draining machines and has answered none of their "
                          "inverse offers")
                           .arg(m_names.value(fw, fw), fw)
                     : tr("%1 (%2)").arg(m_names.value(fw, fw), fw);
    case NeverAnswersRole:
        return never;
    case FrameworkIdRole:
        return fw;
    default:
        return {};
    }
}
