#pragma once

#include <QByteArray>
#include <QString>

#include <cstring>

/// A fast, compact JSON writer that renders like the master's rapidjson-based `jsonify`: keys in
/// the order written, raw UTF-8 strings, int64 as bare numbers, doubles shortest with `.0` for
/// integral values. Used for the big state documents (10,000 agents) where a DOM is too slow:
/// it writes straight into one growing buffer.
class JsonWriter
{
public:
    explicit JsonWriter(qsizetype reserve = 0);

    JsonWriter &beginObject();
    JsonWriter &endObject();
    JsonWriter &beginArray();
    JsonWriter &endArray();
    /// Starts a member; the next value or begin* call is its value.
    JsonWriter &key(const char *name);
    JsonWriter &value(QStringView s);
    JsonWriter &value(const QString &s) { return value(QStringView(s)); }
    JsonWriter &value(const char *s);
    JsonWriter &value(qint64 n);
    JsonWriter &value(int n) { return value(qint64(n)); }
    JsonWriter &value(double d);
    JsonWriter &value(bool b);
    /// Inserts pre-rendered JSON as one value.
    JsonWriter &raw(const QByteArray &json);

    template<typename T>
    JsonWriter &field(const char *name, const T &v)
    {
        key(name);
        return value(v);
    }

    QByteArray take();

    static void appendDouble(QByteArray &out, double d);

private:
    char *grow(qsizetype n)
    {
        if (m_size + n > m_capacity)
            reallocate(n);
        char *p = m_data + m_size;
        m_size += n;
        return p;
    }
    void reallocate(qsizetype n);
    void put(char c) { *grow(1) = c; }
    void put(const char *s, qsizetype n) { std::memcpy(grow(n), s, size_t(n)); }
    void separate();
    void putDouble(double d);
    void putEscaped(const char *s, qsizetype n);

    static constexpr int MaxDepth = 64;

    QByteArray m_out;
    char *m_data = nullptr; ///< m_out's bytes, cached: data() would check for sharing each time
    qsizetype m_capacity = 0;
    qsizetype m_size = 0;
    bool m_first[MaxDepth]; ///< per open container: nothing written yet
    int m_depth = 0;
    bool m_afterKey = false;
};
