#pragma once

#include <QWidget>

class PlanningSession;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

/// The drain board for on-call: every DRAINING machine in one table, what needs a person first
/// (stuck and blocked, then by ETA; DrainBoard's order), with tasks left, the burn-down as a
/// sparkline, the frameworks that hold it up and the ETA. The columns sort on a click; the
/// Attention column brings back the board's order. Rows follow and set the session's one
/// machine selection. A line above says how many drain, are stuck or blocked, and the total.
class DrainBoardPanel : public QWidget
{
    Q_OBJECT

public:
    explicit DrainBoardPanel(PlanningSession *session, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QString summary() const;

private:
    void updateSummary();

    PlanningSession *m_session;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_summary;
    QTableView *m_view;
};
