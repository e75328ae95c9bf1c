#include "live/inverseoffermodel.h"

#include <QSet>

namespace {
constexpr int kNoTasks = -1; // the framework has neither tasks on the machine nor an answer
constexpr int kNoAnswer = -2; // it has tasks there and has not answered
constexpr qint64 kAgeSpan = qint64(1) << 40; // ms, about 35 years: ages below it sort exactly

// Declined first, then no answer yet, then accepted, then nothing there; older answers first.
qint64 sortKey(int answer, qint64 ageMs)
{
    int rank = 4;
    if (answer == int(InverseOfferStatus::Answer::Decline))
        rank = 0;
    else if (answer == kNoAnswer)
        rank = 1;
    else if (answer == int(InverseOfferStatus::Answer::Unknown))
        rank = 2;
    else if (answer == int(InverseOfferStatus::Answer::Accept))
        rank = 3;
    const qint64 age = ageMs < 0 ? 0 : qMin(ageMs, kAgeSpan - 1);
    return rank * kAgeSpan + (kAgeSpan - 1 - age);
}
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
    const bool clockMoved = m_nowMs != snapshot.takenAtMs;
    m_nowMs = snapshot.takenAtMs;
    m_names = snapshot.frameworkNames;

    QList<MachineId> machines;
    QHash<MachineId, QHash<QString, Cell>> cells;
    QList<QString> frameworks;
    QSet<QString> seenFramework;
    QHash<QString, bool> answered;
    for (const MachineLive &m : snapshot.machines) {
        if (m.mode != MachineMode::Draining)
            continue;
        machines.append(m.id);
        QHash<QString, Cell> row;
        for (const QString &fw : m.frameworksWithTasks)
            row.insert(fw, Cell {kNoAnswer, 0});
        for (const InverseOfferStatus &a : m.answers) {
            Cell &c = row[a.frameworkId];
            if (c.answer < 0 || a.timestampNs >= c.timestampNs)
                c = Cell {int(a.answer), a.timestampNs};
            answered[a.frameworkId] = true;
        }
        for (auto it = row.cbegin(); it != row.cend(); ++it) {
            if (!seenFramework.contains(it.key())) {
                seenFramework.insert(it.key());
                frameworks.append(it.key());
            }
            answered.insert(it.key(), answered.value(it.key(), false));
        }
        cells.insert(m.id, row);
    }
    std::sort(frameworks.begin(), frameworks.end(), [this](const QString &a, const QString &b) {
        return m_names.value(a, a) < m_names.value(b, b);
    });

    syncKeys(
        m_machines, machines,
        [this](const MachineId &k) {
            beginInsertRows({}, int(m_machines.size()), int(m_machines.size()));
            m_machines.append(k);
            m_cells.append(QHash<QString, Cell>());
            endInsertRows();
        },
        [this](int row) {
            beginRemoveRows({}, row, row);
            m_machines.removeAt(row);
            m_cells.removeAt(row);
            endRemoveRows();
        });
    syncKeys(
        m_frameworks, frameworks,
        [this](const QString &k) {
            const int column = FirstFrameworkColumn + int(m_frameworks.size());
            beginInsertColumns({}, column, column);
            m_frameworks.append(k);
            endInsertColumns();
        },
        [this](int index) {
            const int column = FirstFrameworkColumn + index;
            beginRemoveColumns({}, column, column);
            m_frameworks.removeAt(index);
            endRemoveColumns();
        });

    // Rows whose cells changed, as contiguous ranges; when the clock moved every age did, so
    // one signal covers all rows.
    const int lastColumn = columnCount() - 1;
    const QList<int> roles = {Qt::DisplayRole, Qt::ToolTipRole, AnswerRole, AgeMsRole, SortRole};
    int first = -1;
    const auto flush = [&](int last) {
        if (first >= 0 && lastColumn >= FirstFrameworkColumn)
            Q_EMIT dataChanged(index(first, FirstFrameworkColumn), index(last, lastColumn), roles);
        first = -1;
    };
    for (qsizetype r = 0; r < m_machines.size(); ++r) {
        const QHash<QString, Cell> &next = cells[m_machines[r]];
        const bool changed = m_cells[r] != next;
        m_cells[r] = next;
        if ((changed || clockMoved) && first < 0)
            first = int(r);
        else if (!changed && !clockMoved)
            flush(int(r) - 1);
    }
    flush(int(m_machines.size()) - 1);
    QList<int> changedHeaders;
    for (qsizetype c = 0; c < m_frameworks.size(); ++c) {
        const bool never = !answered.value(m_frameworks[c], false);
        if (m_neverAnswers.value(m_frameworks[c], !never) != never)
            changedHeaders.append(FirstFrameworkColumn + int(c));
    }
    m_neverAnswers.clear();
    for (const QString &fw : std::as_const(m_frameworks))
        m_neverAnswers.insert(fw, !answered.value(fw, false));
    if (!changedHeaders.isEmpty())
        Q_EMIT headerDataChanged(Qt::Horizontal, changedHeaders.first(), changedHeaders.last());
}

void InverseOfferModel::setNow(qint64 nowMs)
{
    m_nowMs = nowMs;
}

int InverseOfferModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_machines.size());
}

int InverseOfferModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstFrameworkColumn + int(m_frameworks.size());
}

InverseOfferModel::Cell InverseOfferModel::cellOf(qsizetype row, const QString &framework) const
{
    return m_cells[row].value(framework, Cell {kNoTasks, 0});
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

QVariant InverseOfferModel::machineData(qsizetype row, int role) const
{
    const MachineId &id = m_machines[row];
    switch (role) {
    case Qt::DisplayRole:
        return id.hostname.value_or(id.ipOrEmpty());
    case Qt::ToolTipRole:
        return id.displayName();
    case SortRole:
        return id.hostname.value_or(id.ipOrEmpty());
    default:
        return {};
    }
}

QVariant InverseOfferModel::cellData(qsizetype row, const QString &fw, int role) const
{
    const Cell cell = cellOf(row, fw);
    const bool hasAnswer = cell.answer >= 0;
    const qint64 ageMs = hasAnswer ? qMax<qint64>(0, m_nowMs - cell.timestampNs / 1000000) : -1;
    const QString machine = m_machines[row].displayName();
    switch (role) {
    case AnswerRole:
        return cell.answer == kNoAnswer ? int(InverseOfferStatus::Answer::Unknown) : cell.answer;
    case AgeMsRole:
        return ageMs;
    case FrameworkIdRole:
        return fw;
    case SortRole:
        return sortKey(cell.answer, ageMs);
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
            return tr("%1 has no tasks on %2").arg(m_names.value(fw, fw), machine);
        if (!hasAnswer)
            return tr("%1 has tasks on %2 and has not answered")
                .arg(m_names.value(fw, fw), machine);
        return tr("%1 answered %2 for %3, %4 ago")
            .arg(m_names.value(fw, fw),
                 InverseOfferStatus::answerName(InverseOfferStatus::Answer(cell.answer)), machine,
                 formatAge(ageMs));
    default:
        return {};
    }
}

QVariant InverseOfferModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == MachineIdRole)
        return QVariant::fromValue(m_machines[index.row()]);
    if (index.column() == MachineColumn)
        return machineData(index.row(), role);
    return cellData(index.row(), m_frameworks[index.column() - FirstFrameworkColumn], role);
}

QVariant InverseOfferModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == MachineColumn)
        return role == Qt::DisplayRole ? QVariant(tr("Machine")) : QVariant();
    const qsizetype c = section - FirstFrameworkColumn;
    if (c < 0 || c >= m_frameworks.size())
        return {};
    const QString &fw = m_frameworks[c];
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
