#include "cli/replyloop.h"

ReplyLoop::ReplyLoop(QObject *parent)
    : QObject(parent)
{ }

void ReplyLoop::expect(int count)
{
    m_pending += count;
}

void ReplyLoop::arrived()
{
    if (--m_pending <= 0)
        m_loop.quit();
}

void ReplyLoop::wait()
{
    if (m_pending > 0)
        m_loop.exec();
}
