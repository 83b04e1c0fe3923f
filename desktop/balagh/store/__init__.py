"""balagh.store"""
