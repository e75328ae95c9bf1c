#pragma once

#include <QAbstractProxyModel>
#include <QList>
#include <QPersistentModelIndex>
#include <QSet>

/// A flat proxy that puts a header row before each run of machines of the same zone and can
/// collapse a zone to its header. Both the machine list and the timeline show this model, with one
/// selection model, so they always have the same rows. The source must keep zones contiguous
/// (MachineFilterProxyModel does); a zone that appears in two runs simply gets two headers.
class ZoneGroupModel : public QAbstractProxyModel
{
    Q_OBJECT
public:
    enum Role {
        GroupHeaderRole = Qt::UserRole + 100, ///< bool: this row is a zone header
        GroupCollapsedRole, ///< bool, on header rows
        GroupSizeRole, ///< int: machines in the group, on header rows
    };
    Q_ENUM(Role)

    explicit ZoneGroupModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *source) override;

    bool isHeader(int row) const
    {
        return row >= 0 && row < m_rows.size() && m_rows[row].sourceRow < 0;
    }
    bool isCollapsed(const QString &zone) const { return m_collapsed.contains(zone); }
    void setCollapsed(const QString &zone, bool collapsed);
    QString zoneOfRow(int row) const;
    /// Rows of all headers, in order.
    QList<int> headerRows() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &idx) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    /// As mapToSource() row by row, except that a zone header stands for all its machines
    /// (those of a collapsed zone too): selecting a header selects its zone.
    QItemSelection mapSelectionToSource(const QItemSelection &selection) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Entry
    {
        int sourceRow = -1; ///< -1 on a header row
        int group = 0;
    };
    struct Group
    {
        QString zone;
        int size = 0;
        int headerRow = 0;
        int firstSource = 0; ///< the group's source rows are [firstSource, firstSource + size)
    };

    void rebuild();
    void beginLayout();
    void endLayout();
    void onSourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                             const QList<int> &roles);

    QList<Entry> m_rows;
    QList<int> m_proxyOf; ///< source row → proxy row, -1 when collapsed
    QList<Group> m_groups;
    QSet<QString> m_collapsed;
    QSet<int> m_pending; ///< groups whose collapse is still being announced
    QSet<int> m_labelPending; ///< groups whose header label has yet to change
    QList<QMetaObject::Connection> m_connections;
    int m_layoutDepth = 0;
    QModelIndexList m_savedProxy;
    QList<QPersistentModelIndex> m_savedSource;
    QStringList m_savedZones;
};
