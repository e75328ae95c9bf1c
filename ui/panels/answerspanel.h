#pragma once

#include <QWidget>

class AnswerMatrixProxyModel;
class PlanningSession;
class QTableView;

/// The inverse-offer answers at fleet scale: the DRAINING machines as rows, filtered by the
/// timeline's filter and sortable (by hostname, or by one framework's answers, declined first),
/// the frameworks as columns, each cell the answer and its age. Rows follow and set the session's
/// one machine selection.
class AnswersPanel : public QWidget
{
    Q_OBJECT

public:
    explicit AnswersPanel(PlanningSession *session, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    AnswerMatrixProxyModel *proxy() const { return m_proxy; }

private:
    AnswerMatrixProxyModel *m_proxy;
    QTableView *m_view;
};
