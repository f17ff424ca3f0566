namespace ZjgrLsp.Core.Config;

/// <summary>A zjgr.json that cannot be read; the message names the file and what is wrong.</summary>
public sealed class ConfigException(string message, Exception? inner = null) : Exception(message, inner);
