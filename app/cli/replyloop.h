#pragma once

#include <QEventLoop>
#include <QObject>

/// Lets a command-line command wait for MasterClient replies: it is the context object the
/// requests belong to, counts the replies still expected, and runs a local event loop until the
/// last one has arrived. The client's own time limits bound the wait.
class ReplyLoop : public QObject
{
    Q_OBJECT

public:
    explicit ReplyLoop(QObject *parent = nullptr);

    /// Announces @p count more replies.
    void expect(int count = 1);
    /// One expected reply has arrived (call from the reply callback).
    void arrived();
    /// Runs the event loop until every expected reply has arrived.
    void wait();

private:
    QEventLoop m_loop;
    int m_pending = 0;
};
