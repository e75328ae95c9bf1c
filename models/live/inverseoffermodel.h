#pragma once

#include "live/livesnapshot.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>

/// The inverse-offer answers as a matrix for fleets: one row per DRAINING machine (column 0
/// names it in full), then one column per framework that has tasks on a DRAINING machine or has
/// answered for one. A cell holds that framework's latest answer for the machine (ACCEPT /
/// DECLINE / no answer) and its age. Cells say what they hold (AnswerRole, AgeMsRole, SortRole);
/// the view colours them through the ui theme. Rows keep first-seen order (sorting and filtering
/// are a proxy's: AnswerMatrixProxyModel). Refreshes apply as row/column inserts and removals
/// plus dataChanged for the cells that changed, never a reset.
class InverseOfferModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int MachineColumn = 0;
    static constexpr int FirstFrameworkColumn = 1;

    enum Role {
        AnswerRole = Qt::UserRole + 1, ///< int: InverseOfferStatus::Answer, -1 when no tasks there
        AgeMsRole, ///< qint64, -1 without an answer
        FrameworkIdRole, ///< cells and the header of framework columns
        MachineIdRole, ///< MachineId, every cell of the row
        NeverAnswersRole, ///< bool (header of framework columns): owes answers, has given none
        SortRole, ///< the column's sort key: hostname, or answer (declined first) then age
    };
    Q_ENUM(Role)

    explicit InverseOfferModel(QObject *parent = nullptr);

    void setSnapshot(const LiveSnapshot &snapshot);
    /// The clock ages are measured against (the snapshot's time by default).
    void setNow(qint64 nowMs);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString formatAge(qint64 ms);

private:
    struct Cell
    {
        int answer = -1; ///< an InverseOfferStatus::Answer, or kNoTasks / kNoAnswer
        qint64 timestampNs = 0;
        friend bool operator==(const Cell &, const Cell &) = default;
    };
    Cell cellOf(qsizetype row, const QString &framework) const;
    QVariant cellData(qsizetype row, const QString &framework, int role) const;
    QVariant machineData(qsizetype row, int role) const;
    template<typename Key, typename Insert, typename Remove>
    void syncKeys(QList<Key> &current, const QList<Key> &next, Insert insert, Remove remove);

    QList<QString> m_frameworks;
    QList<MachineId> m_machines;
    QHash<QString, QString> m_names;
    QHash<QString, bool> m_neverAnswers;
    QList<QHash<QString, Cell>> m_cells; ///< per machine row: framework → cell
    qint64 m_nowMs = 0;
};
