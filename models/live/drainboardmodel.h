#pragma once

#include "live/drainboard.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

/// The drain board as a table: one row per DRAINING machine, kept in first-seen order and
/// updated in place (inserts, removals, dataChanged naming the roles; never a reset). SortRole
/// gives each column's sort key; on the Attention column it is the machine's place in
/// DrainBoard's attention order, so a proxy sorted by it shows what needs a person first.
class DrainBoardModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        AttentionColumn,
        MachineColumn,
        TasksColumn,
        BurnDownColumn,
        EtaColumn,
        BlockersColumn, ///< last: it takes the room left
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        MachineIdRole = Qt::UserRole + 1, ///< MachineId (every column)
        AttentionRole, ///< int: DrainBoard::Attention
        BurnDownRole, ///< QList<DrainHistory::Sample>
        SortRole, ///< the column's sort key
    };
    Q_ENUM(Role)

    explicit DrainBoardModel(QObject *parent = nullptr);

    /// @p entries as DrainBoard::build() returns them (in attention order), at @p nowMs.
    void setEntries(const QList<DrainBoard::Entry> &entries, qint64 nowMs);
    void setFrameworkNames(const QHash<QString, QString> &names);

    int rowOf(const MachineId &id) const;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        DrainBoard::Entry entry;
        int rank = 0; ///< place in the attention order
        friend bool operator==(const Row &, const Row &) = default;
    };
    QString blockersText(const DrainBoard::Entry &e) const;
    QVariant display(const Row &row, int column) const;
    QVariant sortKey(const Row &row, int column) const;

    QList<Row> m_rows;
    QHash<QString, QString> m_names;
    qint64 m_nowMs = 0;
};
