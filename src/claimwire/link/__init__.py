"""claimwire.link"""
