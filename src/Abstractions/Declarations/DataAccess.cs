namespace Governance
{
    /// <summary>Who may see an event's data once it is collected.</summary>
    public enum DataAccess
    {
        /// <summary>The team that owns the product. The default.</summary>
        Team = 0,

        /// <summary>A small, named group with a documented need, such as security or privacy staff.</summary>
        Restricted = 1,

        /// <summary>Anyone in the organisation.</summary>
        Organization = 2,

        /// <summary>Anyone: the data may be published. Only anonymous data belongs here.</summary>
        Public = 3,
    }
}
